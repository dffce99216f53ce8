// A scratch copy of the repo with only what a new provider's pipeline, build, type-check and
// contract tests need: the root config, scripts/, core, image-to-prompt (home of the one Prism
// launcher the contract suite starts its mocks with) and the providers it is built on, the test
// packages and the bench. Browser, publish, docs and MCP packages stay behind.
import { existsSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createRepoCopy } from "@image-sdk/test-support/repo-copy";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { listProviders } from "../../repo/providers.ts";
import { runCommand } from "../../repo/run-command.ts";

const rootFiles = [
  "package.json",
  "pnpm-workspace.yaml",
  "pnpm-lock.yaml",
  "turbo.json",
  "tsconfig.base.json",
  "redocly.yaml",
  "biome.json",
  "knip.jsonc",
  "LICENSE",
  ".gitignore",
];
/** Workspace packages every provider's build and tests use (tests/publish and tests/browser are not needed). */
const sharedPackages = [
  "scripts",
  "packages/core",
  "packages/image-to-prompt",
  "tests/contract",
  "tests/support",
  "tests/types",
  "bench",
];

/** The copied manifests still name packages left out (mcp, the browser and publish tests) as `workspace:` dependencies: drop those. */
async function dropMissingWorkspaceDependencies(root: string, packages: string[]): Promise<void> {
  type Manifest = { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const manifests = new Map<string, Manifest>();
  for (const path of packages)
    manifests.set(path, JSON.parse(await readFile(join(root, path, "package.json"), "utf8")));
  const present = new Set([...manifests.values()].map(({ name }) => name));
  for (const [path, manifest] of manifests) {
    for (const field of ["dependencies", "devDependencies"] as const) {
      for (const [name, range] of Object.entries(manifest[field] ?? {}))
        if (range.startsWith("workspace:") && !present.has(name)) delete manifest[field]?.[name];
    }
    await writeFile(join(root, path, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

export async function createScratchRepo(): Promise<{ root: string }> {
  // Every provider: image-to-prompt imports each one's package.
  const providers = listProviders().map(({ name }) => name);
  const packages = [...sharedPackages, ...providers.map((name) => `packages/${name}`)];
  // What git would check out, as it is now. No git repository: the test makes one after its install.
  const { root } = await createRepoCopy({
    from: "working-tree",
    paths: [...rootFiles, ...packages, ...providers.map((name) => `specs/${name}`)],
    install: "none",
    git: false,
  });
  // The root too, whatever it names that is not copied.
  await dropMissingWorkspaceDependencies(root, [".", ...packages]);
  return { root };
}

/**
 * Where turbo keeps the checkout's local cache: `.turbo/cache` of the checkout, or, in a linked git
 * worktree (which has none of its own), of the main worktree, where turbo redirects it.
 */
async function checkoutTurboCache(): Promise<string | undefined> {
  const own = join(repoRoot, ".turbo", "cache");
  if (existsSync(own)) return own;
  const common = await runCommand("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], {
    cwd: repoRoot,
  }).catch(() => undefined);
  const shared = common && join(dirname(common.trim()), ".turbo", "cache");
  return shared && existsSync(shared) ? shared : undefined;
}

/**
 * The checkout's turbo cache, into the copy: its files are the checkout's, so its existing packages
 * hash the same and their tasks are restored rather than run again.
 */
export async function copyTurboCache(root: string): Promise<void> {
  const cache = await checkoutTurboCache();
  if (cache) await cp(cache, join(root, ".turbo", "cache"), { recursive: true });
}
