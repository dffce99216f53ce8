// `node src/generate-calls/cli.ts [provider…]`: writes generated/<provider>.ts for every provider
// (or the named ones) from its bundled document. Run by this package's `typecheck` and `test`
// scripts, so the calls always follow the committed documents; a file is rewritten only when its
// content changes, through a temporary file, so a failed run leaves the previous one intact.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadAllowlist } from "../coverage-gate/coverage-allowlist.ts";
import { contractProvider, contractProviders, loadDocument } from "../providers/contract-providers.ts";
import { contractCallsSource } from "./contract-calls-source.ts";

export const generatedDirectory = join(dirname(fileURLToPath(import.meta.url)), "../../generated");

/** Writes each provider's file; returns each path with whether its content changed. */
export function generateContractCalls(names?: string[]): Array<{ file: string; changed: boolean }> {
  const providers = names?.length ? names.map((name) => contractProvider(name)) : contractProviders();
  mkdirSync(generatedDirectory, { recursive: true });
  return providers.map((provider) => {
    const file = join(generatedDirectory, `${provider.name}.ts`);
    const documentName = `packages/${provider.name}/openapi.json`;
    let source: string;
    try {
      source = contractCallsSource(provider, loadDocument(provider.name), documentName, loadAllowlist(provider.name));
    } catch (error) {
      throw new Error(`${documentName}: cannot generate the contract calls: ${(error as Error).message}`);
    }
    const changed = !existsSync(file) || readFileSync(file, "utf8") !== source;
    if (changed) {
      writeFileSync(`${file}.tmp`, source);
      renameSync(`${file}.tmp`, file);
    }
    return { file, changed };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { file, changed } of generateContractCalls(process.argv.slice(2))) {
    console.log(`${changed ? "wrote" : "unchanged"} ${relative(process.cwd(), file)}`);
  }
}
