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

/** Adds `"<package>": "workspace:*"` to a package.json's devDependencies, kept in name order. */
export async function addWorkspaceDevDependency(root: string, file: string, packageName: string): Promise<void> {
  const path = join(root, file);
  const manifest = JSON.parse(await readFile(path, "utf8")) as Manifest;
  manifest.devDependencies = Object.fromEntries(
    Object.entries({ ...manifest.devDependencies, [packageName]: "workspace:*" }).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
