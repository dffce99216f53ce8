// Size: what a browser app pays for one call through a provider client, next to the same call
// through bare openapi-fetch. esbuild bundles a tiny app the way an app's bundler would
// (platform browser, minified, tree-shaken); the metafile says which package the bytes come from.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Provider } from "./providers.ts";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

export interface BundleSize {
  minifiedBytes: number;
  gzipBytes: number;
  /** Minified bytes in the output by npm package (the app itself is `(app)`). */
  bytesByPackage: Record<string, number>;
}

export interface ProviderSize {
  provider: string;
  client: BundleSize;
  /** Bare openapi-fetch making the same call. */
  openapiFetch: BundleSize;
  /** client.gzipBytes − openapiFetch.gzipBytes */
  addedGzipBytes: number;
}

async function packageNameOf(file: string, cache: Map<string, string>): Promise<string> {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const cached = cache.get(dir);
    if (cached) return cached;
    try {
      const { name } = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { name?: string };
      if (name) {
        cache.set(dir, name);
        return name;
      }
    } catch {
      // no package.json here: keep walking up
    }
  }
  return "(unknown)";
}

/** Bundles `source` (an ES module resolved from bench/) for the browser and measures it. */
export async function measureBundle(source: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: benchDir, loader: "js", sourcefile: "app.js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  // esbuild only warns when an import names a missing export; a size of nothing is no measurement.
  if (result.warnings.length) {
    const messages = result.warnings.map((warning) => `${warning.location?.lineText ?? ""}: ${warning.text}`);
    throw new Error(`bundling the size probe app failed:\n${messages.join("\n")}`);
  }
  const code = result.outputFiles[0]!.contents;
  const bytesByPackage: Record<string, number> = {};
  const names = new Map<string, string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = input === "app.js" ? "(app)" : await packageNameOf(resolve(benchDir, input), names);
      bytesByPackage[name] = (bytesByPackage[name] ?? 0) + bytesInOutput;
    }
  }
  return { minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength, bytesByPackage };
}

/** The one call both apps make: the provider's first documented operation. */
function callOf(provider: Provider): string {
  const { method, path } = provider.firstOperation;
  const init = method === "GET" || method === "DELETE" ? "" : ", { body: {} }";
  return `client.${method}(${JSON.stringify(path)}${init}).then((result) => console.log(result));`;
}

export async function measureProviderSize(provider: Provider): Promise<ProviderSize> {
  const client = await measureBundle(
    [
      `import { ${provider.factory} } from ${JSON.stringify(provider.packageName)};`,
      `const client = ${provider.factory}({ apiKey: "key" });`,
      callOf(provider),
    ].join("\n"),
  );
  const openapiFetch = await measureBundle(
    [
      `import createClient from "openapi-fetch";`,
      `const client = createClient({ baseUrl: ${JSON.stringify(provider.baseUrl)} });`,
      callOf(provider),
    ].join("\n"),
  );
  return { provider: provider.name, client, openapiFetch, addedGzipBytes: client.gzipBytes - openapiFetch.gzipBytes };
}
