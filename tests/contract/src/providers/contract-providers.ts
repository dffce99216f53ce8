// The providers under contract, discovered, never listed: a directory specs/<name>/ with a
// source.yaml whose package packages/<name>/ ships the bundled openapi.json the pipeline writes.
// packages/core and other packages without a specs/<name>/ are not providers.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";

export interface ContractProvider {
  /** The directory name under specs/ and packages/, e.g. `digital-ocean`. */
  name: string;
  /** `@image-sdk/<name>`. */
  packageName: string;
  /** `create<Pascal>Client`, the factory the package exports. */
  factory: string;
  /** The package's bundled document: the file its types were generated from. */
  documentPath: string;
}

/** `digital-ocean` → `DigitalOcean` (split on non-alphanumerics, each part capitalised). */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

export function contractProviders(root = repoRoot): ContractProvider[] {
  const specs = join(root, "specs");
  return readdirSync(specs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(specs, entry.name, "source.yaml")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const documentPath = join(root, "packages", name, "openapi.json");
      if (!existsSync(documentPath)) {
        throw new Error(
          `specs/${name}/source.yaml declares a provider, but packages/${name}/openapi.json is missing: ` +
            "run the build (`pnpm run build`) first",
        );
      }
      return { name, packageName: `@image-sdk/${name}`, factory: `create${pascalCase(name)}Client`, documentPath };
    });
}

export function contractProvider(name: string, root = repoRoot): ContractProvider {
  const providers = contractProviders(root);
  const provider = providers.find((candidate) => candidate.name === name);
  if (!provider) {
    throw new Error(`"${name}" is not a provider (specs/*/source.yaml): ${providers.map((p) => p.name).join(", ")}`);
  }
  return provider;
}

const documents = new Map<string, JsonObject>();

/** The provider's bundled document, read once per process (a large one is megabytes of JSON). */
export function loadDocument(name: string): JsonObject {
  let document = documents.get(name);
  if (!document) {
    document = JSON.parse(readFileSync(contractProvider(name).documentPath, "utf8")) as JsonObject;
    documents.set(name, document);
  }
  return document;
}
