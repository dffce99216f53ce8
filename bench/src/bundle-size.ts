// Size: what a browser app pays for one call through a provider client, next to the same call
// through bare openapi-fetch. esbuild bundles a tiny app the way an app's bundler would
// (platform browser, minified, tree-shaken); the metafile says which package the bytes come from.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { listOperations } from "@image-sdk/scripts/repo/operation-methods.ts";
import { type Provider, readProviderDocument } from "@image-sdk/scripts/repo/providers.ts";
import { type BuildOptions, build } from "esbuild";

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

/** esbuild's options for a browser app's bundle of `source` (an ES module resolved from bench/). */
export const browserBundleOptions = (source: string) =>
  ({
    stdin: { contents: source, resolveDir: benchDir, loader: "js", sourcefile: "app.js" },
    // The metafile's input paths are relative to it.
    absWorkingDir: benchDir,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  }) satisfies BuildOptions;

/** Bundles `source` (an ES module resolved from bench/) for the browser and measures it. */
export async function measureBundle(source: string): Promise<BundleSize> {
  const result = await build(browserBundleOptions(source));
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

/**
 * The one call both apps make: the provider's first documented operation, at its first server.
 * A document with no absolute server (none, `""`, relative) gets a placeholder, passed to both
 * clients as `baseUrl`: the size does not depend on the address.
 */
async function callOf(provider: Provider): Promise<{ call: string; baseUrl: string; documented: boolean }> {
  const document = (await readProviderDocument(provider)) as { servers?: Array<{ url?: unknown }>; paths?: unknown };
  const [first] = listOperations(document);
  const server = document.servers?.[0]?.url;
  const documented = typeof server === "string" && /^[a-z][a-z\d+.-]*:\/\//i.test(server);
  const baseUrl = documented ? (server as string) : "https://api.example.invalid";
  if (!first) throw new Error(`packages/${provider.name}/openapi.json: needs at least one operation`);
  const method = first.method.toUpperCase();
  const init = ["GET", "HEAD", "DELETE"].includes(method) ? "" : ", { body: {} }";
  return {
    call: `client.${method}(${JSON.stringify(first.path)}${init}).then((result) => console.log(result));`,
    baseUrl,
    documented,
  };
}

/** The app whose bundle is measured: it creates the provider's client and makes its one call. */
export async function oneCallApp(provider: Provider): Promise<{ source: string; call: string; baseUrl: string }> {
  const { factory, packageName } = provider.names;
  const { call, baseUrl, documented } = await callOf(provider);
  const options = documented ? `{ apiKey: "key" }` : `{ apiKey: "key", baseUrl: ${JSON.stringify(baseUrl)} }`;
  const source = [
    `import { ${factory} } from ${JSON.stringify(packageName)};`,
    `const client = ${factory}(${options});`,
    call,
  ].join("\n");
  return { source, call, baseUrl };
}

export async function measureProviderSize(provider: Provider): Promise<ProviderSize> {
  const { source, call, baseUrl } = await oneCallApp(provider);
  const client = await measureBundle(source);
  const openapiFetch = await measureBundle(
    [
      `import createClient from "openapi-fetch";`,
      `const client = createClient({ baseUrl: ${JSON.stringify(baseUrl)} });`,
      call,
    ].join("\n"),
  );
  return { provider: provider.name, client, openapiFetch, addedGzipBytes: client.gzipBytes - openapiFetch.gzipBytes };
}
