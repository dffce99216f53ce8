// A scratch copy of the repo with only what a new provider's pipeline, build, type-check and
// contract tests need: the root config, scripts/, core, image-to-prompt (home of the one Prism
// launcher the contract suite starts its mocks with) and the providers it is built on, the test
// packages and the bench. Browser, publish, docs and MCP packages stay behind.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRepoCopy } from "@image-sdk/test-support/repo-copy";
import { listProviders } from "../../repo/providers.ts";

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
