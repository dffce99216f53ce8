// A throwaway copy of the committed repo for the build benches: they write build outputs, edit a
// spec and wipe caches, which must never touch the real checkout a colleague may be building in.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";

const run = promisify(execFile);

export interface RepoCopy {
  root: string;
  remove(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * HEAD's tree (`git archive`, so nobody's uncommitted edits) with the real install reused: the
 * root node_modules is a symlink, and each package's node_modules (only pnpm's relative symlinks)
 * is copied as is, so workspace links point inside the copy. The copy is its own git repo because
 * turbo hashes git-tracked files.
 */
export async function createRepoCopy(): Promise<RepoCopy> {
  const root = await mkdtemp(join(tmpdir(), "image-sdk-bench-repo-"));
  try {
    await run("sh", ["-c", `git -C "${repoRoot}" archive HEAD | tar -x -C "${root}"`]);
    await symlink(join(repoRoot, "node_modules"), join(root, "node_modules"));
    for (const group of ["packages", "tests"]) {
      for (const name of await readdir(join(root, group)).catch(() => [])) {
        await copyPackageLinks(join(group, name), root);
      }
    }
    for (const single of ["scripts", "bench"]) await copyPackageLinks(single, root);
    const git = (...args: string[]) =>
      run("git", ["-c", "user.name=bench", "-c", "user.email=bench@localhost", ...args], { cwd: root });
    await git("init", "-q");
    await git("add", "-A");
    await git("commit", "-q", "-m", "bench copy");
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

async function copyPackageLinks(packageDir: string, root: string): Promise<void> {
  const from = join(repoRoot, packageDir, "node_modules");
  if (!(await exists(from)) || !(await exists(join(root, packageDir)))) return;
  await cp(from, join(root, packageDir, "node_modules"), { recursive: true, verbatimSymlinks: true });
}
