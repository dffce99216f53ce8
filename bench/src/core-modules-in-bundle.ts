// Which of core's source modules a provider's one-call browser bundle keeps: the size probe's app
// (bundle-size.ts), bundled the same way, with @image-sdk/core resolved to its TypeScript sources
// instead of its dist/ chunks, so esbuild's metafile names each module and the bytes it left in.
// What the flows' tree-shaking test reads (tests/flow-free-bundles.test.ts).
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import type { Provider } from "@image-sdk/scripts/repo/providers.ts";
import { build, type Plugin } from "esbuild";
import { browserBundleOptions, oneCallApp } from "./bundle-size.ts";

const coreDir = join(repoRoot, "packages/core");

/** `@image-sdk/core[/entry]` → its source file, read from core's exports (`./dist/x.js` → `./src/x.ts`). */
async function coreSourceEntries(): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(join(coreDir, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entries = new Map<string, string>();
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const built = typeof target === "string" ? target : target.import?.default;
    const source = built?.match(/^\.\/dist\/(.+)\.js$/)?.[1];
    if (source) entries.set(join(manifest.name, subpath), join(coreDir, "src", `${source}.ts`));
  }
  return entries;
}

function coreFromSource(entries: Map<string, string>): Plugin {
  return {
    name: "core-from-source",
    setup(bundle) {
      bundle.onResolve({ filter: /^@image-sdk\/core(\/|$)/ }, ({ path }) => {
        const source = entries.get(path);
        return source ? { path: source } : undefined;
      });
    },
  };
}

/** Core's modules (paths under packages/core/src, e.g. `jobs/run-job.ts`) with bytes in `provider`'s one-call bundle. */
export async function coreModulesInBundle(provider: Provider): Promise<string[]> {
  const { source } = await oneCallApp(provider);
  const result = await build({ ...browserBundleOptions(source), plugins: [coreFromSource(await coreSourceEntries())] });
  const modules = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const path = relative(join(coreDir, "src"), join(repoRoot, "bench", input));
      if (bytesInOutput > 0 && !path.startsWith("..")) modules.add(path);
    }
  }
  return [...modules].sort();
}
