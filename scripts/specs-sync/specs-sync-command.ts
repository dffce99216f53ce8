// What `pnpm specs:sync` does (cli.ts), callable in-process.
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "../pipeline/pipeline-error.ts";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { DocumentSourceError } from "../repo/source-error.ts";
import { renderProviderDrift } from "../specs-check/report.ts";
import type { CommandIo } from "../specs-diff/command-io.ts";
import { renderTable } from "../specs-diff/render-table.ts";
import { SyncRebuildError, syncProvider } from "./sync-provider.ts";

/** Runs `specs:sync` with these arguments; resolves with its exit code. */
export async function specsSync(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { root: { type: "string" } },
  });
  const [provider, ...extra] = positionals;
  if (!provider || extra.length) {
    io.stderr.write("usage: specs:sync <provider> [--root DIR]\n");
    return 2;
  }
  const root = values.root ? resolve(io.cwd, values.root) : repoRoot;
  try {
    const result = await syncProvider(root, provider);
    io.stdout.write(
      `${provider}:\n${renderProviderDrift(result.drift, `specs/${provider}/overlay.yaml`, result.drift.packageVersion)}`,
    );
    if (result.updated.length === 0) {
      io.stdout.write("already in sync; nothing written\n");
      return 0;
    }
    io.stdout.write(`updated ${result.updated.join(", ")}; regenerated packages/${provider}\n`);
    io.stdout.write(
      `\npackage contract (packages/${provider}/openapi.json):\n${renderTable(result.changes, result.documentBump)}`,
    );
    for (const release of result.api) {
      io.stdout.write(`\npublic API of ${release.packageName} (${release.reports.join(", ")}): ${release.bump}\n`);
      for (const change of release.changes)
        io.stdout.write(`  ${change.breaking ? "breaking" : "added   "}  ${change.message}\n`);
    }
    io.stdout.write(
      result.changeset
        ? `wrote ${relative(root, result.changeset)} (${result.bump})\n`
        : "the package's contract did not change: no changeset\n",
    );
    return 0;
  } catch (error) {
    if (error instanceof SyncRebuildError) {
      io.stdout.write(
        `${provider}:\n${renderProviderDrift(error.drift, `specs/${provider}/overlay.yaml`, error.drift.packageVersion)}`,
      );
      io.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    if (error instanceof DocumentSourceError || error instanceof PipelineError) {
      io.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
