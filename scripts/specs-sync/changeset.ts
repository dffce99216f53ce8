import { createHash } from "node:crypto";
import { join } from "node:path";
import type { ApiChange } from "../api-report/api-diff.ts";
import { writeFilesAtomically } from "../pipeline/atomic-write.ts";
import type { Change } from "../specs-diff/change.ts";
import type { Bump } from "../specs-diff/semver-bump.ts";

/** One package's public API change (its API reports), with the bump it calls for alone. */
export interface ApiRelease {
  packageName: string;
  reports: readonly string[];
  changes: readonly ApiChange[];
  bump: Bump;
}

export interface ChangesetInput {
  packageName: string;
  /** The release: the higher of the document's bump and the package's public API bump. */
  bump: Exclude<Bump, "none">;
  /** What the change of the package's contract (openapi.json, specs:diff) calls for alone. */
  documentBump: Bump;
  /** Public API changes: the package's own, and any dependent's whose API changed through it. */
  api: readonly ApiRelease[];
  /** Where the new contract came from, for the summary. */
  sources: string[];
  changes: readonly Change[];
  /** Content the file name is derived from, so a re-run for the same result rewrites one file. */
  identity: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function apiReason(release: ApiRelease): string {
  const breaking = release.changes.find((change) => change.breaking);
  const reports = release.reports.join(", ");
  if (breaking)
    return `public API change (${reports}): ${release.bump}, because ${breaking.message} — breaking for typed code (major from 1.0, minor before)`;
  return `public API change (${reports}): ${release.bump}, additions only (minor from 1.0, patch before)`;
}

/** Why the release is what it is: the document's bump and the public API's, side by side. */
function releaseReason(input: ChangesetInput, own: ApiRelease | undefined): string {
  const document =
    input.documentBump === "none"
      ? "document change (specs:diff of openapi.json): none"
      : `document change (specs:diff of openapi.json): ${input.documentBump}`;
  const api = own ? apiReason(own) : "public API (api/*.api.md): unchanged";
  const byApi = own?.bump === input.bump;
  const byDocument = input.documentBump === input.bump;
  const decides =
    byApi && byDocument
      ? "both the document change and the public API change"
      : byApi
        ? "the public API change"
        : "the document change";
  return `Release: ${input.bump}, set by ${decides}. ${capitalize(document)}; ${api}.`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function apiLines(release: ApiRelease): string[] {
  return [
    `Public API of ${release.packageName} (${release.reports.join(", ")}):`,
    "",
    ...release.changes.map((change) =>
      change.breaking ? `- **Breaking for typed code:** ${change.message}` : `- ${change.message}`,
    ),
    ...(release.changes.length === 0 ? ["- the report changed in layout only"] : []),
    "",
  ];
}

/** The text of a changeset (`.changeset/*.md`): frontmatter with the bumps, then a summary and the reasons. */
export function renderChangeset(input: ChangesetInput): string {
  const { packageName, bump, sources, changes, api } = input;
  const breaking = changes.filter((change) => change.breaking);
  const rest = changes.filter((change) => !change.breaking);
  const own = api.find((release) => release.packageName === packageName);
  const dependents = api.filter((release) => release.packageName !== packageName && release.bump !== "none");
  const headline = `Sync with the provider's published API (${sources.join(", ")}): ${plural(changes.length, "change")}${breaking.length ? `, ${breaking.length} breaking` : ""}.`;
  return [
    "---",
    `${JSON.stringify(packageName)}: ${bump}`,
    ...dependents.map((release) => `${JSON.stringify(release.packageName)}: ${release.bump}`),
    "---",
    "",
    headline,
    "",
    releaseReason(input, own),
    ...dependents.map((release) => `${release.packageName}: ${apiReason(release)}.`),
    "",
    ...breaking.map((change) => `- **Breaking:** ${change.message}`),
    ...rest.map((change) => `- ${change.message}`),
    "",
    ...api.flatMap(apiLines),
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
