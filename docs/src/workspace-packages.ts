import { access, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { PipelineError } from "../../scripts/pipeline/pipeline-error.ts";
import { listProviders } from "../../scripts/repo/providers.ts";
import { type ApiOperation, listOperations, type OpenApiDocument } from "./api-operations.ts";

/** One workspace package under packages/, as the site shows it. */
export interface WorkspacePackage {
  /** The directory name: packages/<dir>/ (and specs/<dir>/ for a provider). */
  dir: string;
  path: string;
  npmName: string;
  description: string;
  version: string;
  readmePath: string | undefined;
  /** Source files of the package's public entry points (from its `exports`), keyed by subpath. */
  entryPoints: Map<string, string>;
  /** Set for providers (specs/<dir>/source.yaml): the bundled document the client and the mocks use. */
  provider: { documentPath: string; document: OpenApiDocument; operations: ApiOperation[] } | undefined;
}

interface PackageJson {
  name?: unknown;
  description?: unknown;
  version?: unknown;
  private?: unknown;
  exports?: unknown;
}

/** Every package under packages/ (providers and the others), in name order. */
export async function listWorkspacePackages(root: string): Promise<WorkspacePackage[]> {
  const providers = new Set(listProviders(root).map((provider) => provider.name));
  const dirs = (await readdir(join(root, "packages"), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const packages: WorkspacePackage[] = [];
  for (const dir of dirs) {
    const path = join(root, "packages", dir);
    const manifestPath = join(path, "package.json");
    if (!(await exists(manifestPath))) continue;
    packages.push(await readWorkspacePackage(root, dir, path, providers.has(dir)));
  }
  return packages;
}

async function readWorkspacePackage(
  root: string,
  dir: string,
  path: string,
  isProvider: boolean,
): Promise<WorkspacePackage> {
  const manifestPath = join(path, "package.json");
  const label = relative(root, manifestPath);
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as PackageJson;
  if (typeof manifest.name !== "string") throw new PipelineError(label, "`name` must be a string", "name");
  const readmePath = join(path, "README.md");
  return {
    dir,
    path,
    npmName: manifest.name,
    description: typeof manifest.description === "string" ? manifest.description : "",
    version: typeof manifest.version === "string" ? manifest.version : "",
    readmePath: (await exists(readmePath)) ? readmePath : undefined,
    entryPoints: await sourceEntryPoints(root, path, manifest.exports),
    provider: isProvider ? await readProvider(root, path) : undefined,
  };
}

/**
 * Maps each JavaScript export to the source it is built from: tsup builds `src/<name>.ts` into
 * `dist/<name>.js` (scripts/build/tsup-config.ts), so `./dist/node.js` documents `src/node.ts`.
 */
async function sourceEntryPoints(root: string, path: string, exports: unknown): Promise<Map<string, string>> {
  const label = relative(root, join(path, "package.json"));
  const entryPoints = new Map<string, string>();
  if (exports === undefined) return entryPoints;
  if (typeof exports !== "object" || exports === null) {
    throw new PipelineError(label, "`exports` must be an object of subpaths", "exports");
  }
  for (const [subpath, target] of Object.entries(exports)) {
    const built = importTarget(target);
    const match = built && /^\.\/dist\/(.+)\.js$/.exec(built);
    if (!match) continue;
    const source = join(path, "src", `${match[1]}.ts`);
    if (!(await exists(source))) {
      throw new PipelineError(
        label,
        `export ${subpath} is built from ${relative(root, source)}, which is missing`,
        "exports",
      );
    }
    entryPoints.set(subpath, source);
  }
  return entryPoints;
}

/** The ESM file an export condition tree resolves to (`import.default`, or a plain string). */
function importTarget(target: unknown): string | undefined {
  if (typeof target === "string") return target;
  if (typeof target !== "object" || target === null) return undefined;
  const conditions = target as Record<string, unknown>;
  return importTarget(conditions.import ?? conditions.default);
}

async function readProvider(root: string, path: string): Promise<WorkspacePackage["provider"]> {
  const documentPath = join(path, "openapi.json");
  const label = relative(root, documentPath);
  let document: OpenApiDocument;
  try {
    document = JSON.parse(await readFile(documentPath, "utf8")) as OpenApiDocument;
  } catch (error) {
    throw new PipelineError(label, `cannot read the provider's bundled document: ${(error as Error).message}`);
  }
  return { documentPath, document, operations: listOperations(document, label) };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
