import { type Change, isDocumentationOnly } from "./change.ts";

export type Bump = "major" | "minor" | "patch" | "none";

/**
 * The release a set of changes calls for: breaking → major, any other contract change → minor,
 * documentation only → patch. Before 1.0 (semver's "anything may change") each steps down one:
 * breaking → minor, everything else → patch.
 */
export function bumpFor(changes: readonly Change[], currentVersion?: string): Bump {
  const preRelease = currentVersion !== undefined && isPreRelease(currentVersion);
  if (changes.length === 0) return "none";
  const bump: Bump = changes.some((change) => change.breaking)
    ? "major"
    : changes.every(isDocumentationOnly)
      ? "patch"
      : "minor";
  if (!preRelease) return bump;
  return bump === "major" ? "minor" : "patch";
}

function isPreRelease(version: string): boolean {
  const match = /^v?(\d+)\.\d+\.\d+/.exec(version.trim());
  if (!match) throw new Error(`\`${version}\` is not a semver version (MAJOR.MINOR.PATCH)`);
  return match[1] === "0";
}
