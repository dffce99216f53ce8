// The providers CI runs the contract suite for, one matrix job each: every specs/<name>/ with a
// source.yaml whose package ships its bundled packages/<name>/openapi.json.
// `node scripts/ci/providers-matrix.ts [repo-root]` prints them as a JSON array, e.g.
// ["<name>", …], for `fromJSON` in .github/workflows/ci.yml.
import { existsSync } from "node:fs";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { listProviders } from "../repo/providers.ts";

export function providersUnderContract(root: string = repoRoot): string[] {
  return listProviders(root)
    .filter((provider) => existsSync(provider.paths.document))
    .map((provider) => provider.name);
}

if (import.meta.main) {
  const providers = providersUnderContract(process.argv[2] ?? repoRoot);
  if (providers.length === 0) {
    process.stderr.write("error: no provider found (specs/<name>/source.yaml with packages/<name>/openapi.json)\n");
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(providers)}\n`);
}
