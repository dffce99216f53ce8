// Workspace packages that use every provider (the contract tests, the publish test, the bench,
// the README examples' checker, …) list them as workspace dependencies, which is how turbo knows
// to build the providers first. Which packages those are is discovered, never listed: a package
// whose dependencies include every existing provider gets the new one too.
import { glob, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

interface Manifest {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Every workspace package's package.json, from pnpm-workspace.yaml's `packages` globs. */
async function workspaceManifests(root: string): Promise<string[]> {
  const workspace = parse(await readFile(join(root, "pnpm-workspace.yaml"), "utf8")) as { packages?: string[] };
  const files: string[] = [];
  for (const pattern of workspace.packages ?? []) {
    for await (const file of glob(`${pattern}/package.json`, { cwd: root })) files.push(file);
  }
  return files.sort();
}

/** The package.json files (relative to `root`) of the non-provider packages that depend on every provider. */
export async function providerConsumers(root: string, providerPackages: readonly string[]): Promise<string[]> {
  if (providerPackages.length === 0) return [];
  const consumers: string[] = [];
  for (const file of await workspaceManifests(root)) {
    const manifest = JSON.parse(await readFile(join(root, file), "utf8")) as Manifest;
    const dependencies = { ...manifest.dependencies, ...manifest.devDependencies };
    if (providerPackages.includes(manifest.name ?? "")) continue;
    if (providerPackages.every((name) => name in dependencies)) consumers.push(file);
  }
  return consumers;
}

/**
 * Adds the new provider package to a consumer's package.json, kept in name order: in the field that
 * holds the existing providers (`dependencies` for a published package that calls them at run time,
 * such as the MCP server, which discovers its tools from them), with the range they use; otherwise
 * `"workspace:*"` in devDependencies.
 */
export async function addWorkspaceDependency(
  root: string,
  file: string,
  packageName: string,
  providerPackages: readonly string[],
): Promise<void> {
  const path = join(root, file);
  const manifest = JSON.parse(await readFile(path, "utf8")) as Manifest;
  const runtime =
    providerPackages.length > 0 && providerPackages.every((name) => name in (manifest.dependencies ?? {}));
  const field = runtime ? "dependencies" : "devDependencies";
  const range = runtime ? (manifest.dependencies?.[providerPackages[0]!] ?? "workspace:*") : "workspace:*";
  manifest[field] = Object.fromEntries(
    Object.entries({ ...manifest[field], [packageName]: range }).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
