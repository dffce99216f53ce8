// `pnpm specs:sync <provider> [--root DIR]`
// Rewrites specs/<provider>/upstream/ from what the provider publishes (restricted to the
// operations in source.yaml, as its docs site serves them) and records each file's hash there,
// regenerates and rebuilds the package, refreshes the API reports it affects, and writes a
// changeset whose bump accounts for the contract change and the public API change.
// Exit 0: synced (or already in sync); 1: files updated but the package failed to regenerate or build;
// 2: a document could not be fetched or read, or bad usage.
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "../pipeline/pipeline-error.ts";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { DocumentSourceError } from "../repo/source-error.ts";
import { renderProviderDrift } from "../specs-check/report.ts";
import { renderTable } from "../specs-diff/render-table.ts";
import { SyncRebuildError, syncProvider } from "./sync-provider.ts";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { root: { type: "string" } },
  });
  const [provider, ...extra] = positionals;
  if (!provider || extra.length) {
    process.stderr.write("usage: specs:sync <provider> [--root DIR]\n");
    return 2;
  }
  const root = values.root ? resolve(process.env.INIT_CWD ?? process.cwd(), values.root) : repoRoot;
  try {
    const result = await syncProvider(root, provider);
    process.stdout.write(
      `${provider}:\n${renderProviderDrift(result.drift, `specs/${provider}/overlay.yaml`, result.drift.packageVersion)}`,
    );
    if (result.updated.length === 0) {
      process.stdout.write("already in sync; nothing written\n");
      return 0;
    }
    process.stdout.write(`updated ${result.updated.join(", ")}; regenerated packages/${provider}\n`);
    process.stdout.write(
      `\npackage contract (packages/${provider}/openapi.json):\n${renderTable(result.changes, result.documentBump)}`,
    );
    for (const release of result.api) {
      process.stdout.write(`\npublic API of ${release.packageName} (${release.reports.join(", ")}): ${release.bump}\n`);
      for (const change of release.changes)
        process.stdout.write(`  ${change.breaking ? "breaking" : "added   "}  ${change.message}\n`);
    }
    process.stdout.write(
      result.changeset
        ? `wrote ${relative(root, result.changeset)} (${result.bump})\n`
        : "the package's contract did not change: no changeset\n",
    );
    return 0;
  } catch (error) {
    if (error instanceof SyncRebuildError) {
      process.stdout.write(
        `${provider}:\n${renderProviderDrift(error.drift, `specs/${provider}/overlay.yaml`, error.drift.packageVersion)}`,
      );
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    if (error instanceof DocumentSourceError || error instanceof PipelineError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
