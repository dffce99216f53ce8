// A scratch copy of the repo with only what a new provider's pipeline, build, type-check and
// contract tests need: the root config, scripts/, core, one existing provider (so the packages that
// use every provider are discovered as they are in the real tree), the test packages and the bench.
// Its size does not grow with the number of providers.
import { readdir, readFile, writeFile } from "node:fs/promises";
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
const sharedPackages = ["scripts", "packages/core", "tests/contract", "tests/support", "tests/types", "bench"];

/** The existing provider the copy keeps (the one with the fewest spec files), and the others. */
async function pickProvider(): Promise<{ kept: string; left: Set<string> }> {
  const sizes = await Promise.all(
    listProviders().map(async ({ name, paths }) => ({
      name,
      files: (await readdir(paths.specDir, { recursive: true })).length,
    })),
  );
  const [smallest, ...others] = sizes.sort((a, b) => a.files - b.files || a.name.localeCompare(b.name));
  if (!smallest) throw new Error("specs/ has no provider to copy");
  return { kept: smallest.name, left: new Set(others.map(({ name }) => name)) };
}

/** The copied manifests still name packages left out (providers, image-to-prompt) as `workspace:` dependencies: drop those. */
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

export async function createScratchRepo(): Promise<{ root: string; provider: string }> {
  const { kept: provider, left } = await pickProvider();
  const packages = [...sharedPackages, `packages/${provider}`];
  // What git would check out, as it is now. The test packages keep per-provider folders
  // (hand-written flow tests): those of the providers left out stay behind too, as they would not
  // compile without their packages. No git repository: the test makes one after its install.
  const { root } = await createRepoCopy({
    from: "working-tree",
    paths: [...rootFiles, ...packages, `specs/${provider}`],
    exclude: (file) => file.split("/").some((segment) => left.has(segment)),
    install: "none",
    git: false,
  });
  // The root too: it depends on image-to-prompt (for `npx image-to-prompt`), which is not copied.
  await dropMissingWorkspaceDependencies(root, [".", ...packages]);
  return { root, provider };
}
