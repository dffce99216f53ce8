// The provider packages this server offers, discovered, never listed: every dependency in this
// package's manifest that ships an `openapi.json` is a provider package (`pnpm new-provider` adds
// the new package to the dependencies of every package that depends on all providers, this one
// included). Its tools come from that document; its calls go through its own client, so the
// client's retries, timeouts, key handling and redaction are the ones every user of it gets.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ClientOptions } from "@image-sdk/core";
import manifest from "../package.json" with { type: "json" };

const require = createRequire(import.meta.url);

/** A client's raw calls: `client.GET(path, init)`, as every provider package's client has them. */
export type RawCall = (path: string, init: object) => Promise<Record<string, unknown>>;
export type RawClient = Record<string, RawCall>;

export interface ProviderPackage {
  /** The package name without its scope, e.g. the `x` of `@image-sdk/x`. */
  name: string;
  packageName: string;
  /** The path of the openapi.json the package ships. */
  documentPath: string;
  document: unknown;
  createClient(options: ClientOptions): Promise<RawClient>;
}

function documentOf(packageName: string): string | undefined {
  try {
    return require.resolve(`${packageName}/openapi.json`);
  } catch {
    return undefined;
  }
}

/** The client factory a provider package exports: its one `create…Client` function. */
async function clientFactory(packageName: string): Promise<(options: ClientOptions) => RawClient> {
  const exports = (await import(packageName)) as Record<string, unknown>;
  const factories = Object.entries(exports).filter(
    ([key, value]) => /^create[A-Z]\w*Client$/.test(key) && typeof value === "function",
  );
  if (factories.length !== 1) {
    throw new Error(
      `${packageName}: expected one create…Client export, found ${factories.map(([key]) => key).join(", ") || "none"}`,
    );
  }
  return factories[0]![1] as (options: ClientOptions) => RawClient;
}

let found: ProviderPackage[] | undefined;

/** Every provider package among this package's dependencies, in name order (read once per process). */
export function providerPackages(): ProviderPackage[] {
  if (found) return found;
  found = [];
  for (const packageName of Object.keys(manifest.dependencies).sort()) {
    const documentPath = documentOf(packageName);
    if (documentPath === undefined) continue;
    found.push({
      name: packageName.replace(/^@[^/]+\//, ""),
      packageName,
      documentPath,
      document: JSON.parse(readFileSync(documentPath, "utf8")),
      createClient: async (options) => (await clientFactory(packageName))(options),
    });
  }
  return found;
}
