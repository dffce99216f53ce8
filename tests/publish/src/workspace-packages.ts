import { access, readFile, realpath } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import type { PackageManifest } from "./local-registry.ts";

export const workspaceRoot = resolve(import.meta.dirname, "../../..");

export interface WorkspacePackage {
  name: string;
  version: string;
  path: string;
  private: boolean;
}

/** The workspace's packages as pnpm sees them. */
export async function listWorkspacePackages(): Promise<WorkspacePackage[]> {
  const listing = JSON.parse(
    await runCommand("pnpm", ["ls", "--recursive", "--depth", "-1", "--json"], { cwd: workspaceRoot }),
  ) as Array<Partial<WorkspacePackage> & { path: string }>;
  return listing
    .filter((entry) => entry.path !== workspaceRoot)
    .map((entry) => ({
      name: entry.name ?? entry.path,
      version: entry.version ?? "",
      path: entry.path,
      private: entry.private === true,
    }));
}

/** The packages `pnpm release` publishes: every workspace package not marked private. */
export async function listPublicPackages(): Promise<WorkspacePackage[]> {
  return (await listWorkspacePackages()).filter((pkg) => !pkg.private);
}

export interface PackedPackage {
  tarball: string;
  /** package.json as it is inside the tarball (workspace: ranges already rewritten). */
  manifest: PackageManifest & {
    dependencies?: Record<string, string>;
    engines?: { node?: string };
    exports?: unknown;
    /** What the registry's package page shows. */
    license?: string;
    homepage?: string;
    repository?: { type?: string; url?: string; directory?: string };
    bugs?: { url?: string };
    keywords?: string[];
  };
}

/** `pnpm pack`, as `pnpm publish` (and so `changeset publish`) packs before uploading. */
export async function packWorkspacePackage(packageDir: string, destination: string): Promise<PackedPackage> {
  const { filename } = JSON.parse(
    await runCommand("pnpm", ["pack", "--json", "--pack-destination", destination], { cwd: packageDir }),
  ) as {
    filename: string;
  };
  return {
    tarball: filename,
    manifest: JSON.parse(await runCommand("tar", ["-xzOf", filename, "package/package.json"], { cwd: destination })),
  };
}

export interface InstalledPackage {
  name: string;
  version: string;
  /** The installed folder (real path). */
  path: string;
}

/**
 * The registry packages that the packages installed in `dirs` need at run time (dependencies and
 * optional dependencies, transitively; not the packages in `dirs` themselves), found by Node's
 * lookup from each real folder, so it is exactly what this workspace installed. Packages named in
 * `published` are skipped: the test publishes those itself.
 */
export async function listRuntimeDependencies(
  dirs: readonly string[],
  published: ReadonlySet<string>,
): Promise<InstalledPackage[]> {
  const found = new Map<string, InstalledPackage>();
  const pending = [...dirs];
  for (let dir = pending.shift(); dir !== undefined; dir = pending.shift()) {
    const manifest = await readManifest(dir);
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      if (published.has(name)) continue;
      const depDir = await findInstalled(name, dir);
      const dep = await readManifest(depDir);
      const key = `${dep.name}@${dep.version}`;
      if (found.has(key)) continue;
      found.set(key, { name: dep.name, version: dep.version, path: depDir });
      pending.push(depDir);
    }
  }
  return [...found.values()];
}

/** The installed package in `dir`. */
export async function readInstalled(dir: string): Promise<InstalledPackage> {
  const { name, version } = await readManifest(dir);
  return { name, version, path: await realpath(dir) };
}

/** Where Node would find package `name` from `fromDir` (real path). */
export async function findInstalled(name: string, fromDir: string): Promise<string> {
  for (let dir = await realpath(fromDir); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (await pathExists(join(candidate, "package.json"))) return realpath(candidate);
    if (dirname(dir) === dir) throw new Error(`${name} is not installed where ${fromDir} can load it`);
  }
}

async function readManifest(
  dir: string,
): Promise<PackageManifest & { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }> {
  return JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
}

async function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
