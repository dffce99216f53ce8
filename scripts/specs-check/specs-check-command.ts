// What `pnpm specs:check` does (cli.ts), callable in-process.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "../pipeline/pipeline-error.ts";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { listProviders } from "../repo/providers.ts";
import { DocumentSourceError } from "../repo/source-error.ts";
import type { CommandIo } from "../specs-diff/command-io.ts";
import { providerDrifted, renderProviderDrift } from "./report.ts";
import { checkProvider } from "./upstream-drift.ts";
import { readProviderSource } from "./upstream-sources.ts";

const usage = "usage: specs:check [provider] [--root DIR]\n";

/** Runs `specs:check` with these arguments; resolves with its exit code. */
export async function specsCheck(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { root: { type: "string" } },
  });
  const root = values.root ? resolve(io.cwd, values.root) : repoRoot;
  const known = listProviders(root).map((provider) => provider.name);
  if (positionals.length > 1) {
    io.stderr.write(usage);
    return 2;
  }
  const [only] = positionals;
  if (only && !known.includes(only)) {
    io.stderr.write(`error: no provider \`${only}\` (specs/*/source.yaml has: ${known.join(", ")})\n`);
    return 2;
  }
  let status = 0;
  for (const provider of only ? [only] : known) {
    try {
      const source = await readProviderSource(root, provider);
      if (source.upstream.length === 0) {
        io.stdout.write(
          source.authoredFrom === undefined
            ? `${provider}: skipped — source.yaml names no published \`url\` for ${source.withoutUrl.join(", ")}; add one to check it\n`
            : `${provider}: skipped — authored by us from ${source.authoredFrom || "prose docs"}; there is no upstream document to check\n`,
        );
        continue;
      }
      io.stdout.write(`${provider}:\n`);
      const drift = await checkProvider(root, source);
      io.stdout.write(renderProviderDrift(drift, `specs/${provider}/overlay.yaml`, drift.packageVersion));
      if (providerDrifted(drift)) {
        io.stdout.write(
          `  → run \`pnpm specs:sync ${provider}\` to update the vendored files, rebuild and write a changeset\n`,
        );
        status = Math.max(status, 1);
      }
    } catch (error) {
      if (!(error instanceof DocumentSourceError || error instanceof PipelineError)) throw error;
      io.stderr.write(`error: ${provider}: ${error.message}\n`);
      status = 2;
    }
  }
  return status;
}
