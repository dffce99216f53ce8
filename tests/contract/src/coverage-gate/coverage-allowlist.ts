// What Prism cannot answer for a provider, with the reason, in tests/contract/allowlist/<provider>.json:
//   [{ "item": "<coverage key as the report prints it>", "reason": "why no test can cover it" }]
// An allowlisted item gets no test and is printed with its reason in every report; an entry that
// names nothing the document documents fails the provider, so the list cannot go stale.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const allowlistDirectory = join(dirname(fileURLToPath(import.meta.url)), "../../allowlist");

export interface AllowlistEntry {
  item: string;
  reason: string;
}

export interface CoverageAllowlist {
  entries: AllowlistEntry[];
  /** True when `item` is allowlisted itself. */
  allows(item: string): boolean;
  reasonFor(item: string): string | undefined;
}

export function parseAllowlist(text: string, file: string): CoverageAllowlist {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${file}: must be an array of { "item", "reason" }`);
  const entries = parsed.map((entry, index): AllowlistEntry => {
    const { item, reason } = (entry ?? {}) as Partial<AllowlistEntry>;
    if (typeof item !== "string" || item === "") throw new Error(`${file}: [${index}].item must name a coverage item`);
    if (typeof reason !== "string" || reason.trim() === "") {
      throw new Error(`${file}: [${index}].reason must say why "${item}" cannot be covered`);
    }
    return { item, reason };
  });
  const reasons = new Map(entries.map((entry) => [entry.item, entry.reason]));
  return { entries, allows: (item) => reasons.has(item), reasonFor: (item) => reasons.get(item) };
}

export function loadAllowlist(provider: string, directory = allowlistDirectory): CoverageAllowlist {
  const file = join(directory, `${provider}.json`);
  if (!existsSync(file)) return parseAllowlist("[]", file);
  return parseAllowlist(readFileSync(file, "utf8"), `tests/contract/allowlist/${provider}.json`);
}
