// The providers under contract: every provider of the repository model (scripts/repo/providers.ts),
// each of which must ship the bundled openapi.json the pipeline writes.
import { existsSync, readFileSync } from "node:fs";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { findProvider, listProviders, missingDocument, type Provider } from "@image-sdk/scripts/repo/providers.ts";

function withDocument(provider: Provider): Provider {
  if (!existsSync(provider.paths.document)) throw new Error(missingDocument(provider));
  return provider;
}

export function contractProviders(root = repoRoot): Provider[] {
  return listProviders(root).map(withDocument);
}

export function contractProvider(name: string, root = repoRoot): Provider {
  return withDocument(findProvider(name, root));
}

const documents = new Map<string, JsonObject>();

/** The provider's bundled document, read once per process (a large one is megabytes of JSON). */
export function loadDocument(name: string): JsonObject {
  let document = documents.get(name);
  if (!document) {
    document = JSON.parse(readFileSync(contractProvider(name).paths.document, "utf8")) as JsonObject;
    documents.set(name, document);
  }
  return document;
}
