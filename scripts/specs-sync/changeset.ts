import { createHash } from "node:crypto";
import { join } from "node:path";
import { writeFilesAtomically } from "../pipeline/atomic-write.ts";
import type { Change } from "../specs-diff/change.ts";
import type { Bump } from "../specs-diff/semver-bump.ts";

export interface ChangesetInput {
  packageName: string;
  bump: Exclude<Bump, "none">;
  /** Where the new contract came from, for the summary. */
  sources: string[];
  changes: readonly Change[];
  /** Content the file name is derived from, so a re-run for the same result rewrites one file. */
  identity: string;
}

/** The text of a changeset (`.changeset/*.md`): frontmatter with the bump, then a summary. */
export function renderChangeset({ packageName, bump, sources, changes }: ChangesetInput): string {
  const breaking = changes.filter((change) => change.breaking);
  const rest = changes.filter((change) => !change.breaking);
  const headline = `Sync with the provider's published API (${sources.join(", ")}): ${changes.length} change${changes.length === 1 ? "" : "s"}${breaking.length ? `, ${breaking.length} breaking` : ""}.`;
  return [
    "---",
    `${JSON.stringify(packageName)}: ${bump}`,
    "---",
    "",
    headline,
    "",
    ...breaking.map((change) => `- **Breaking:** ${change.message}`),
    ...rest.map((change) => `- ${change.message}`),
    "",
  ].join("\n");
}

/** Writes `.changeset/<package>-upstream-<hash>.md` and returns its path. */
export async function writeChangeset(root: string, input: ChangesetInput): Promise<string> {
  const hash = createHash("sha256").update(input.identity).digest("hex").slice(0, 8);
  const name = `${input.packageName.replace(/^@[^/]+\//, "")}-upstream-${hash}.md`;
  const path = join(root, ".changeset", name);
  await writeFilesAtomically([{ path, contents: renderChangeset(input) }]);
  return path;
}
