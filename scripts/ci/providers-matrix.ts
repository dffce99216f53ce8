// The providers CI runs the contract suite for, one matrix job each: every specs/<name>/ with a
// source.yaml whose package ships its bundled packages/<name>/openapi.json.
// `node scripts/ci/providers-matrix.ts [repo-root]` prints them as a JSON array, e.g.
// ["flamel","freepik","novita"], for `fromJSON` in .github/workflows/ci.yml.
import { access } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { listProviders } from "../specs-check/upstream-sources.ts";

export async function providersUnderContract(root: string = repoRoot): Promise<string[]> {
  const providers: string[] = [];
  for (const provider of await listProviders(root)) {
    const bundled = join(root, "packages", provider, "openapi.json");
    if (
      await access(bundled).then(
        () => true,
        () => false,
      )
    )
      providers.push(provider);
  }
  return providers;
}

if (import.meta.main) {
  const providers = await providersUnderContract(process.argv[2] ?? repoRoot);
  if (providers.length === 0) {
    process.stderr.write("error: no provider found (specs/<name>/source.yaml with packages/<name>/openapi.json)\n");
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(providers)}\n`);
}
