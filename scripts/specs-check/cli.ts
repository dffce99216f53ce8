// `pnpm specs:check [provider] [--root DIR]`
// Fetches each provider's published OpenAPI document (specs/<provider>/source.yaml `upstream`),
// restricts it to the operations we vendor, and compares it with specs/<provider>/upstream/;
// also lists overlay actions the published documents no longer match.
// Exit 0: no drift; 1: drift; 2: a document could not be fetched or read, or bad usage.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "../pipeline/pipeline-error.ts";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { listProviders } from "../repo/providers.ts";
import { DocumentSourceError } from "../repo/source-error.ts";
import { providerDrifted, renderProviderDrift } from "./report.ts";
import { checkProvider } from "./upstream-drift.ts";
import { readProviderSource } from "./upstream-sources.ts";

const usage = "usage: specs:check [provider] [--root DIR]\n";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { root: { type: "string" } },
  });
  const root = values.root ? resolve(process.env.INIT_CWD ?? process.cwd(), values.root) : repoRoot;
  const known = listProviders(root).map((provider) => provider.name);
  if (positionals.length > 1) {
    process.stderr.write(usage);
    return 2;
  }
  const [only] = positionals;
  if (only && !known.includes(only)) {
    process.stderr.write(`error: no provider \`${only}\` (specs/*/source.yaml has: ${known.join(", ")})\n`);
    return 2;
  }
  let status = 0;
  for (const provider of only ? [only] : known) {
    try {
      const source = await readProviderSource(root, provider);
      if (source.upstream.length === 0) {
        process.stdout.write(
          source.authoredFrom === undefined
            ? `${provider}: skipped — source.yaml names no published \`url\` for ${source.withoutUrl.join(", ")}; add one to check it\n`
            : `${provider}: skipped — authored by us from ${source.authoredFrom || "prose docs"}; there is no upstream document to check\n`,
        );
        continue;
      }
      process.stdout.write(`${provider}:\n`);
      const drift = await checkProvider(root, source);
      process.stdout.write(renderProviderDrift(drift, `specs/${provider}/overlay.yaml`, drift.packageVersion));
      if (providerDrifted(drift)) {
        process.stdout.write(
          `  → run \`pnpm specs:sync ${provider}\` to update the vendored files, rebuild and write a changeset\n`,
        );
        status = Math.max(status, 1);
      }
    } catch (error) {
      if (!(error instanceof DocumentSourceError || error instanceof PipelineError)) throw error;
      process.stderr.write(`error: ${provider}: ${error.message}\n`);
      status = 2;
    }
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
