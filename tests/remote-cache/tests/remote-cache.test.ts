// Turborepo remote caching against a real cache server: a build in one copy of the repo fills
// turborepo-remote-cache (on 127.0.0.1, throwaway storage); a second, fresh copy with only
// TURBO_API/TURBO_TOKEN/TURBO_TEAM set — as CI's jobs have them from secrets — gets every build
// task from it, and ends up with the same build outputs.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { createRepoCopy, type RepoCopy } from "@image-sdk/test-support/repo-copy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RemoteCacheServer, startRemoteCacheServer } from "../src/remote-cache-server.ts";
import { type RemoteCacheSettings, type TurboBuild, turboBuild } from "../src/turbo-build.ts";

// What `turbo run build` of packages/* reads: the packages, their specs and pipeline, and the
// workspace files turbo hashes. Leaving out tests/, bench/ and docs keeps each copy small.
const BUILD_INPUTS = [
  ".gitignore",
  "package.json",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  "turbo.json",
  "tsconfig.base.json",
  "redocly.yaml",
  // Copied into every package at build, for its tarball.
  "LICENSE",
  "packages",
  "scripts",
  "specs",
];
const TEAM = "image-sdk";

/** Every file under packages/<name>/dist, with its contents: what a cache hit must restore. */
async function buildOutputs(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(join(root, "packages"))) {
    const dist = join(root, "packages", name, "dist");
    for (const entry of await readdir(dist, { recursive: true, withFileTypes: true }).catch(() => [])) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      files[relative(root, file)] = await readFile(file, "utf8");
    }
  }
  return files;
}

describe("turbo remote cache (turborepo-remote-cache on loopback)", () => {
  let server: RemoteCacheServer;
  let settings: RemoteCacheSettings;
  const copies: RepoCopy[] = [];
  let first: TurboBuild;
  let second: TurboBuild;

  beforeAll(async () => {
    server = await startRemoteCacheServer();
    settings = { api: server.url, token: server.token, team: TEAM };
    copies.push(await createRepoCopy({ paths: BUILD_INPUTS }));
    // One provider and what it builds on (core, by its `^build`): every kind of build task
    // (spec:lint, spec:bundle, generate, build) goes through the cache, at a fraction of building
    // all the packages. Not `<provider>...`: turbo counts the root package among a package's
    // dependencies, and the root's devDependency on image-to-prompt would add four more providers.
    const specs = await readdir(join(copies[0]!.root, "specs"), { withFileTypes: true });
    const provider = `@image-sdk/${
      specs
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()[0]
    }`;
    // The second copy is made while the first builds: it is HEAD's tree either way.
    const secondCopy = createRepoCopy({ paths: BUILD_INPUTS });
    first = await turboBuild(copies[0]!.root, settings, provider).finally(async () => {
      copies.push(await secondCopy);
    });
    second = await turboBuild(copies[1]!.root, settings, provider);
  });
  afterAll(async () => {
    await Promise.all(copies.map((copy) => copy.remove()));
    await server?.stop();
  });

  it("the first copy builds every task (the cache starts empty) and uploads each one", async () => {
    for (const task of ["spec:lint", "spec:bundle", "generate", "build"])
      expect(first.tasks.map((run) => run.taskId.split("#")[1])).toContain(task);
    expect(first.tasks.filter((task) => task.status !== "MISS")).toEqual([]);
    const stored = (await readdir(join(server.storage, TEAM))).sort();
    expect(stored).toEqual(first.tasks.map((task) => task.hash).sort());
  });

  it("the second, fresh copy gets every build task from the remote cache", () => {
    expect(second.tasks.map((task) => task.taskId)).toEqual(first.tasks.map((task) => task.taskId));
    expect(second.tasks.filter((task) => task.status !== "HIT" || task.source !== "REMOTE")).toEqual([]);
    expect(second.output).toMatch(/Remote caching enabled/);
  });

  it("the cache hits restore the same build outputs the first copy built", async () => {
    const built = await buildOutputs(copies[0]!.root);
    expect(Object.keys(built).length).toBeGreaterThan(0);
    expect(await buildOutputs(copies[1]!.root)).toEqual(built);
  });

  it("the server refuses a request without the team's token", async () => {
    const hash = first.tasks[0]!.hash;
    const refused = await fetch(`${server.url}/v8/artifacts/${hash}?slug=${TEAM}`, {
      headers: { Authorization: "Bearer not-the-token" },
    });
    expect(refused.status).toBe(401);
    const served = await fetch(`${server.url}/v8/artifacts/${hash}?slug=${TEAM}`, {
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(served.status).toBe(200);
  });
});
