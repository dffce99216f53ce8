// The repository model: which providers the repo has and where each one's files are. A provider is
// a directory specs/<name>/ with a source.yaml; its package is packages/<name>/. Every script, test
// and bench discovers the providers here, so adding one never means editing a list.
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { JsonObject } from "../pipeline/json-ref.ts";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { deriveNames, type ProviderNames } from "./provider-names.ts";

export interface ProviderPaths {
  /** specs/<name>/: the documents as published, our overlay and source.yaml. */
  specDir: string;
  /** specs/<name>/source.yaml, whose presence makes the directory a provider. */
  source: string;
  /** packages/<name>/ */
  packageDir: string;
  /** packages/<name>/openapi.json: the corrected, bundled document the package ships. */
  document: string;
  /** packages/<name>/src/generated/: what the pipeline generates from the document. */
  generatedDir: string;
}

export interface Provider {
  /** The directory name under specs/ and packages/, e.g. `digital-ocean`. */
  name: string;
  /** Everything derived from the name: the package (`names.packageName`), factory, types, variables. */
  names: ProviderNames;
  paths: ProviderPaths;
}

/** The provider called `name` under `root`, whether or not its files exist yet (the scaffold creates them). */
export function providerAt(name: string, root = repoRoot): Provider {
  const specDir = join(root, "specs", name);
  const packageDir = join(root, "packages", name);
  return {
    name,
    names: deriveNames(name),
    paths: {
      specDir,
      source: join(specDir, "source.yaml"),
      packageDir,
      document: join(packageDir, "openapi.json"),
      generatedDir: join(packageDir, "src", "generated"),
    },
  };
}

/** Every provider: each specs/<name>/ with a source.yaml, in name order. */
export function listProviders(root = repoRoot): Provider[] {
  const specs = join(root, "specs");
  return readdirSync(specs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(specs, entry.name, "source.yaml")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => providerAt(name, root));
}

/** The provider called `name`; an unknown name is an error that lists the known ones. */
export function findProvider(name: string, root = repoRoot): Provider {
  const providers = listProviders(root);
  const provider = providers.find((candidate) => candidate.name === name);
  if (!provider) {
    throw new Error(`"${name}" is not a provider (specs/*/source.yaml): ${providers.map((p) => p.name).join(", ")}`);
  }
  return provider;
}

/** The provider's bundled document; missing means the pipeline has not run, which the error says. */
export async function readProviderDocument(provider: Provider): Promise<JsonObject> {
  let text: string;
  try {
    text = await readFile(provider.paths.document, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new Error(missingDocument(provider));
  }
  return JSON.parse(text) as JsonObject;
}

/** Why a provider's bundled document is missing, and what makes it. */
export function missingDocument(provider: Provider): string {
  return (
    `specs/${provider.name}/source.yaml declares a provider, but packages/${provider.name}/openapi.json is missing: ` +
    "run the build (`pnpm run build`) first"
  );
}
