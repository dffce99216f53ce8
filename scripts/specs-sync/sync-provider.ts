// Brings one provider's vendored upstream files up to date with what it publishes, regenerates
// the package, and writes a changeset whose bump comes from the package's own contract change.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
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
import type { Change } from "../specs-diff/change.ts";
import { diffDocuments } from "../specs-diff/diff-documents.ts";
import { type Bump, bumpFor } from "../specs-diff/semver-bump.ts";
import { typeCheckFindings } from "../specs-diff/type-check.ts";
import { writeChangeset } from "./changeset.ts";

export interface SyncResult {
  drift: ProviderDrift;
  /** Vendored files rewritten, relative to the repo root. */
  updated: string[];
  /** Changes to the package's shipped contract (packages/<provider>/openapi.json). */
  changes: Change[];
  bump: Bump;
  changeset: string | undefined;
}

/** The vendored files were updated but the package could not be regenerated from them. */
export class SyncRebuildError extends Error {
  readonly drift: ProviderDrift;
  constructor(drift: ProviderDrift, updated: string[], cause: PipelineError) {
    super(
      `${cause.message}\nThe vendored files were updated (${updated.join(", ")}), but the package was not regenerated: fix the overlay, then \`pnpm generate\`.`,
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
  if (drifted.length === 0) return { drift, updated: [], changes: [], bump: "none", changeset: undefined };

  const spec = await loadProviderSpec(provider, root);
  const manifest = JSON.parse(await readFile(join(spec.packageDir, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  const contractBefore = await readFile(spec.bundlePath, "utf8");

  await writeFilesAtomically(drifted.map((entry) => ({ path: join(root, entry.file), contents: entry.published })));
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
  const bump = bumpFor(changes, manifest.version);
  const changeset =
    bump === "none"
      ? undefined
      : await writeChangeset(root, {
          packageName: manifest.name,
          bump,
          sources: [...new Set(drifted.map((entry) => entry.entry.url))],
          changes,
          identity: contractAfter,
        });
  return { drift, updated, changes, bump, changeset };
}
