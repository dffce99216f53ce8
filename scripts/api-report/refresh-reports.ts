// After a package is regenerated, its public API may have changed, and so may that of every
// workspace package built on it: rebuilds them (pnpm, in dependency order), rewrites each one's API
// report (`api/*.api.md`, what its `npm test` checks), and says what changed in each. What a
// regeneration step (`specs:sync`) runs, so its result passes `npm test` with no hand step.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { runCommand } from "../repo/run-command.ts";
import { type ApiChange, diffApiReports } from "./api-diff.ts";

export interface PackageApiChanges {
  packageName: string;
  /** Its manifest's version, for the 0.x bump rule. */
  version: string;
  /** Reports rewritten, relative to the repo root. */
  reports: string[];
  changes: ApiChange[];
}

interface WorkspacePackage {
  name: string;
  path: string;
}

async function readReports(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(join(dir, "api")).catch(() => [] as string[])).filter((name) =>
    name.endsWith(".api.md"),
  );
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dir, "api", name), "utf8")] as const)),
  );
}

/**
 * Rebuilds `packageName` and its workspace dependents and refreshes the API report of each that
 * has one (an `api-report` script); returns the packages whose public API changed. The packages
 * they depend on must be built already (`npm run setup`).
 */
export async function refreshApiReports(root: string, packageName: string): Promise<PackageApiChanges[]> {
  const pnpm = join(root, "node_modules", ".bin", "pnpm");
  const selector = `...${packageName}`;
  const listed = JSON.parse(
    await runCommand(pnpm, ["--filter", selector, "ls", "--depth", "-1", "--json"], { cwd: root }),
  ) as WorkspacePackage[];
  const reported: Array<WorkspacePackage & { version: string }> = [];
  const built: string[] = [];
  // The workspace root depends on everything; its own `build` is the whole repo's.
  for (const { name, path } of listed.filter((entry) => resolve(entry.path) !== resolve(root))) {
    const manifest = JSON.parse(await readFile(join(path, "package.json"), "utf8")) as {
      version?: string;
      scripts?: Record<string, string>;
    };
    if (manifest.scripts?.build) built.push(name);
    if (manifest.scripts?.["api-report"]) reported.push({ name, path, version: manifest.version ?? "0.0.0" });
  }
  const before = new Map(await Promise.all(reported.map(async ({ path }) => [path, await readReports(path)] as const)));
  // pnpm runs them in dependency order: a dependent is built against its rebuilt dependency.
  await runCommand(pnpm, [...built.flatMap((name) => ["--filter", name]), "run", "build"], {
    cwd: root,
    timeoutMs: 10 * 60_000,
  });
  const result: PackageApiChanges[] = [];
  for (const { name, path, version } of reported) {
    await runCommand(pnpm, ["run", "api-report"], { cwd: path, timeoutMs: 5 * 60_000 });
    const after = await readReports(path);
    const old = before.get(path) ?? new Map<string, string>();
    const reports: string[] = [];
    const changes: ApiChange[] = [];
    for (const file of new Set([...old.keys(), ...after.keys()])) {
      const [was, is] = [old.get(file) ?? "", after.get(file) ?? ""];
      if (was === is) continue;
      reports.push(relative(root, join(path, "api", file)));
      changes.push(...diffApiReports(path, `api/${file}`, was, is));
    }
    if (reports.length) result.push({ packageName: name, version, reports, changes });
  }
  return result;
}
