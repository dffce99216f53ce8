import { execFile } from "node:child_process";
import { cp, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { createRepoCopy } from "@image-sdk/test-support/repo-copy";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { createTempRepo, type TempRepo, tempRepoAt } from "../pipeline/temp-repo.ts";

const run = promisify(execFile);

export const upstreamPaths = { flamel: "/flamel/api-json", freepik: "/freepik/openapi.yaml" } as const;

/**
 * A scratch copy of the named providers whose source.yaml files point upstream at the loopback
 * fixture server (each provider's one URL), with the package manifests sync reads. The real specs
 * are never touched.
 */
export async function createUpstreamRepo(
  urlOf: (path: string) => string,
  providers: readonly string[],
): Promise<TempRepo> {
  const repo = await createTempRepo(providers);
  for (const provider of providers) {
    await cp(join(repoRoot, "packages", provider, "package.json"), repo.path(`packages/${provider}/package.json`));
  }
  await pointUpstreamAt(repo, urlOf, providers);
  return repo;
}

async function pointUpstreamAt(repo: TempRepo, urlOf: (path: string) => string, providers: readonly string[]) {
  const fetched = Object.keys(upstreamPaths) as Array<keyof typeof upstreamPaths>;
  for (const provider of fetched.filter((name) => providers.includes(name))) {
    await repo.edit(`specs/${provider}/source.yaml`, (text) =>
      text.replace(/url: \S+/g, `url: ${urlOf(upstreamPaths[provider])}`),
    );
  }
}

export interface UpstreamCopy extends TempRepo {
  /** Runs git in the copy; resolves with its stdout. */
  git(...args: string[]): Promise<string>;
}

export interface UpstreamCopyOptions {
  /**
   * Only these of packages/* (folder names), for a sync whose rebuild should stop at the package
   * it changes: a workspace package left out is neither rebuilt nor has its API report refreshed.
   * Every package when omitted.
   */
  packages?: readonly string[];
}

/**
 * A full copy of the committed repo (its own git repo, the checkout's install linked in, the
 * checkout's built packages, which a sync's build builds on, and the working tree's scripts/)
 * whose upstream URLs point at the
 * loopback fixture server, committed: what the drift workflow checks out, for `specs:sync` and
 * then the checks a pull request runs.
 */
export async function createUpstreamCopy(
  urlOf: (path: string) => string,
  options: UpstreamCopyOptions = {},
): Promise<UpstreamCopy> {
  // One commit, made below once the copy is complete.
  const copy = await createRepoCopy({ git: false });
  const repo = tempRepoAt(copy.root, copy.remove);
  const git = async (...args: string[]) =>
    (await run("git", ["-c", "user.name=test", "-c", "user.email=test@localhost", ...args], { cwd: copy.root })).stdout;
  try {
    for (const name of await readdir(join(repoRoot, "packages"))) {
      if (options.packages && !options.packages.includes(name)) {
        await rm(repo.path(`packages/${name}`), { recursive: true, force: true });
        continue;
      }
      const dist = join(repoRoot, "packages", name, "dist");
      const built = await stat(dist).then(
        () => true,
        () => false,
      );
      if (built) await cp(dist, repo.path(`packages/${name}/dist`), { recursive: true });
    }
    // The tooling under test as it is in the working tree, not as last committed.
    await cp(join(repoRoot, "scripts"), repo.path("scripts"), {
      recursive: true,
      // Not another test's scratch package (build-keeps-dist's, ignored by git), which may vanish mid-copy.
      filter: (source) => !source.includes("node_modules") && !source.includes(".tmp-package-"),
    });
    await pointUpstreamAt(repo, urlOf, Object.keys(upstreamPaths));
    await git("init", "-q");
    await git("add", "-A");
    await git("commit", "-qm", "upstream on loopback");
  } catch (error) {
    await copy.remove();
    throw error;
  }
  return { ...repo, git };
}

export type { TempRepo };
