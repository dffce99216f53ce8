// A throwaway copy of the repo for tests and benches that build, edit specs and wipe caches, which
// must never touch the real checkout a colleague may be building in: the one way they copy the
// repo (scripts/tests' temp-repo.ts and scratch-repo.ts, the bench and tests/remote-cache use it).
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The checkout these helpers live in (tests/support/src → the repo root). */
export const checkoutRoot = fileURLToPath(new URL("../../..", import.meta.url));

export interface RepoCopy {
  root: string;
  remove(): Promise<void>;
}

export interface RepoCopyOptions {
  /**
   * Only these paths (files or folders, relative to the root), for a copy that holds what its run
   * exercises and no more; the whole tree when omitted.
   */
  paths?: readonly string[];
  /**
   * `head` (default): HEAD's tree (`git archive`), so nobody's uncommitted edits.
   * `working-tree`: the files as they are now, what git would commit (tracked, and new files it
   * does not ignore), for tests of what is being changed.
   */
  from?: "head" | "working-tree";
  /** Leaves out the files (paths relative to the root) this returns true for; `working-tree` only. */
  exclude?: (file: string) => boolean;
  /**
   * `link` (default): reuse the checkout's install through links, for runs that only read it.
   * `none`: no node_modules, for runs that install into the copy themselves (`pnpm install
   * --offline` from the shared store), e.g. after adding a package, or that run no tool.
   */
  install?: "link" | "none";
  /** Whether the copy is its own git repository with one commit (default true): turbo hashes git-tracked files. */
  git?: boolean;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * A throwaway copy of the repo (see RepoCopyOptions), by default with the real install reused: the
 * root node_modules is a symlink, and each package's node_modules (only pnpm's relative symlinks)
 * is copied as is, so workspace links point inside the copy.
 */
export async function createRepoCopy(options: RepoCopyOptions = {}): Promise<RepoCopy> {
  const root = await mkdtemp(join(tmpdir(), "image-sdk-repo-"));
  try {
    if (options.from === "working-tree") await copyWorkingTree(root, options.paths ?? [], options.exclude);
    else {
      if (options.exclude) throw new Error('createRepoCopy: `exclude` applies to `from: "working-tree"` only');
      const paths = (options.paths ?? []).map((path) => `"${path}"`).join(" ");
      await run("sh", ["-c", `git -C "${checkoutRoot}" archive HEAD ${paths} | tar -x -C "${root}"`]);
    }
    if (options.install !== "none") await linkInstall(root);
    if (options.git !== false) {
      const git = (...args: string[]) =>
        run("git", ["-c", "user.name=repo-copy", "-c", "user.email=repo-copy@localhost", ...args], { cwd: root });
      await git("init", "-q");
      await git("add", "-A");
      await git("commit", "-q", "-m", "repo copy");
    }
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

async function copyWorkingTree(
  root: string,
  paths: readonly string[],
  exclude: ((file: string) => boolean) | undefined,
): Promise<void> {
  const { stdout } = await run(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ...paths],
    {
      cwd: checkoutRoot,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  for (const file of stdout.split("\0")) {
    if (file === "" || exclude?.(file)) continue;
    await mkdir(dirname(join(root, file)), { recursive: true });
    await cp(join(checkoutRoot, file), join(root, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error; // deleted in the working tree, not yet committed
    });
  }
}

async function linkInstall(root: string): Promise<void> {
  await symlink(join(checkoutRoot, "node_modules"), join(root, "node_modules"));
  for (const group of ["packages", "tests"]) {
    for (const name of await readdir(join(root, group)).catch(() => [])) {
      await copyPackageLinks(join(group, name), root);
    }
  }
  for (const single of ["scripts", "bench"]) await copyPackageLinks(single, root);
}

async function copyPackageLinks(packageDir: string, root: string): Promise<void> {
  const from = join(checkoutRoot, packageDir, "node_modules");
  if (!(await exists(from)) || !(await exists(join(root, packageDir)))) return;
  await cp(from, join(root, packageDir, "node_modules"), { recursive: true, verbatimSymlinks: true });
}
