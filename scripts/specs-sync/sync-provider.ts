// Brings one provider's vendored upstream files up to date with what it publishes (recording each
// file's hash in source.yaml), regenerates and rebuilds the package, refreshes the API reports of
// it and of the packages built on it, and writes a changeset whose bump accounts for both the
// package's contract change (specs:diff) and its public API change: the result passes `npm test`.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { type PackageApiChanges, refreshApiReports } from "../api-report/refresh-reports.ts";
import { writeFilesAtomically } from "../pipeline/atomic-write.ts";
import { bundleSpec } from "../pipeline/bundle-spec.ts";
import { generateTypes } from "../pipeline/generate-types.ts";
import { lintSpec } from "../pipeline/lint-spec.ts";
import { PipelineError } from "../pipeline/pipeline-error.ts";
import { loadProviderSpec } from "../pipeline/provider-spec.ts";
import { bundleDocument } from "../repo/load-document.ts";
import { DocumentSourceError } from "../repo/source-error.ts";
import { checkProvider, hasDrift, type ProviderDrift } from "../specs-check/upstream-drift.ts";
import { readProviderSource } from "../specs-check/upstream-sources.ts";
import { type EntryUpdate, sha256Of, withSyncedEntries } from "../specs-check/vendored-hashes.ts";
import type { Change } from "../specs-diff/change.ts";
import { diffDocuments } from "../specs-diff/diff-documents.ts";
import { type Bump, bumpFor, bumpForVersion, higherBump } from "../specs-diff/semver-bump.ts";
import { typeCheckFindings } from "../specs-diff/type-check.ts";
import { type ApiRelease, writeChangeset } from "./changeset.ts";

export interface SyncResult {
  drift: ProviderDrift;
  /** Vendored files rewritten, relative to the repo root. */
  updated: string[];
  /** Changes to the package's shipped contract (packages/<provider>/openapi.json). */
  changes: Change[];
  /** What the contract change alone calls for. */
  documentBump: Bump;
  /** The release: the higher of the contract's bump and the public API's. */
  bump: Bump;
  /** Public API changes, per package whose API report was rewritten. */
  api: ApiRelease[];
  changeset: string | undefined;
}

/** The vendored files were updated but the package could not be regenerated or rebuilt from them. */
export class SyncRebuildError extends Error {
  readonly drift: ProviderDrift;
  constructor(
    drift: ProviderDrift,
    updated: string[],
    cause: Error,
    step = "regenerated",
    fix = "fix the overlay, then `pnpm generate`",
  ) {
    super(
      `${cause.message}\nThe vendored files were updated (${updated.join(", ")}), but the package was not ${step}: ${fix}.`,
    );
    this.name = "SyncRebuildError";
    this.drift = drift;
  }
}

export async function syncProvider(root: string, provider: string): Promise<SyncResult> {
  const source = await readProviderSource(root, provider);
  if (source.upstream.length === 0) {
    throw new DocumentSourceError(
      `specs/${provider}/source.yaml`,
      source.authoredFrom === undefined
        ? `names no published \`url\` for ${source.withoutUrl.join(", ")}: there is no upstream to sync`
        : `${provider} is authored by us (${source.authoredFrom || "from prose docs"}): there is no upstream to sync`,
    );
  }
  const drift = await checkProvider(root, source);
  const drifted = drift.entries.filter(hasDrift);
  if (drifted.length === 0)
    return { drift, updated: [], changes: [], documentBump: "none", bump: "none", api: [], changeset: undefined };

  const spec = await loadProviderSpec(provider, root);
  const manifest = JSON.parse(await readFile(join(spec.packageDir, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  const contractBefore = await readFile(spec.bundlePath, "utf8");

  // Each file with its hash in source.yaml (and without the operations upstream removed), together.
  const sourcePath = join(source.specDir, "source.yaml");
  const entryUpdates = new Map<number, EntryUpdate>();
  for (const entry of drifted) {
    const index = source.vendored.find((file) => file.file === entry.entry.file)?.index;
    if (index !== undefined)
      entryUpdates.set(index, { sha256: sha256Of(entry.published), removedOperations: entry.missing });
  }
  await writeFilesAtomically([
    ...drifted.map((entry) => ({ path: join(root, entry.file), contents: entry.published })),
    { path: sourcePath, contents: withSyncedEntries(await readFile(sourcePath, "utf8"), entryUpdates) },
  ]);
  const updated = drifted.map((entry) => entry.file);
  try {
    // The same steps turbo runs for the package: lint as published, bundle + overlay, generate.
    await lintSpec(provider, root);
    await bundleSpec(provider, root);
    await generateTypes(provider, root);
  } catch (error) {
    if (error instanceof PipelineError) throw new SyncRebuildError(drift, updated, error);
    throw error;
  }

  const contractAfter = await readFile(spec.bundlePath, "utf8");
  const label = relative(root, spec.bundlePath);
  const [before, after] = [await bundleDocument(contractBefore, label), await bundleDocument(contractAfter, label)];
  const changes = diffDocuments(before, after);
  // The package ships these types: where they stop compiling old code, the release is breaking.
  changes.push(...(await typeCheckFindings(before, after, changes)));
  const documentBump = bumpFor(changes, manifest.version);

  // What `npm test` checks of the package next: its build, and the API reports built on it.
  let apiChanges: PackageApiChanges[];
  try {
    apiChanges = await refreshApiReports(root, manifest.name);
  } catch (error) {
    throw new SyncRebuildError(
      drift,
      updated,
      error as Error,
      "rebuilt (its API report is not refreshed)",
      `make it build (\`pnpm --filter ${manifest.name} run build\`), then \`pnpm --filter ${manifest.name} run api-report\``,
    );
  }
  const api: ApiRelease[] = apiChanges.map((release) => ({
    ...release,
    bump: bumpForVersion(release.changes.some((change) => change.breaking) ? "major" : "minor", release.version),
  }));
  const ownApi = api.find((release) => release.packageName === manifest.name);
  const bump = higherBump(documentBump, ownApi?.bump ?? "none");
  const changeset =
    bump === "none"
      ? undefined
      : await writeChangeset(root, {
          packageName: manifest.name,
          bump,
          documentBump,
          api,
          sources: [...new Set(drifted.map((entry) => entry.entry.url))],
          changes,
          identity: contractAfter,
        });
  return { drift, updated, changes, documentBump, bump, api, changeset };
}
