import type { Change } from "./change.ts";
import { bumpOf, ruleFor } from "./rules.ts";

export type Bump = "major" | "minor" | "patch" | "none";

const order: readonly Bump[] = ["none", "patch", "minor", "major"];

/**
 * The release a set of changes calls for: the highest its rules ask (a breaking change → major, a
 * rule's own bump otherwise: documentation → patch, other contract changes → minor). Before 1.0
 * (semver's "anything may change") each steps down one: breaking → minor, everything else → patch.
 */
export function bumpFor(changes: readonly Change[], currentVersion?: string): Bump {
  const preRelease = currentVersion !== undefined && isPreRelease(currentVersion);
  const bump = changes.reduce<Bump>((highest, change) => {
    const own = change.breaking ? "major" : bumpOf(ruleFor(change.rule));
    return order.indexOf(own) > order.indexOf(highest) ? own : highest;
  }, "none");
  if (!preRelease || bump === "none") return bump;
  return bump === "major" ? "minor" : "patch";
}

function isPreRelease(version: string): boolean {
  const match = /^v?(\d+)\.\d+\.\d+/.exec(version.trim());
  if (!match) throw new Error(`\`${version}\` is not a semver version (MAJOR.MINOR.PATCH)`);
  return match[1] === "0";
}

/** A bump judged as for 1.0 and later (breaking → major), stepped down one before 1.0 as `bumpFor` does. */
export function bumpForVersion(bump: Bump, currentVersion?: string): Bump {
  if (currentVersion === undefined || !isPreRelease(currentVersion) || bump === "none") return bump;
  return bump === "major" ? "minor" : "patch";
}

/** The higher of two bumps. */
export function higherBump(a: Bump, b: Bump): Bump {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}
