// The providers under contract and the bundled document each package ships: the same file the
// package's types were generated from, so mocks and clients cannot drift apart.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";

export const PROVIDERS = ["flamel", "freepik", "novita"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

const require = createRequire(import.meta.url);

export function documentPath(provider: ProviderName): string {
  return require.resolve(`@image-sdk/${provider}/openapi.json`);
}

export function loadDocument(provider: ProviderName): JsonObject {
  return JSON.parse(readFileSync(documentPath(provider), "utf8")) as JsonObject;
}
