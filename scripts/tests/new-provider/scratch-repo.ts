// A scratch copy of the repo with only what a new provider's pipeline, build, type-check and
// contract tests need: the root config, scripts/, core, one existing provider (so the packages that
// use every provider are discovered as they are in the real tree), the test packages and the bench.
// Its size does not grow with the number of providers.
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../../pipeline/provider-spec.ts";

const rootFiles = [
  "package.json",
  "pnpm-workspace.yaml",
  "pnpm-lock.yaml",
  "turbo.json",
  "tsconfig.base.json",
  "redocly.yaml",
  "biome.json",
  ".gitignore",
];
/** Workspace packages every provider's build and tests use (tests/publish and tests/browser are not needed). */
const sharedPackages = ["scripts", "packages/core", "tests/contract", "tests/support", "bench"];
const skipped = new Set(["node_modules", "dist", "coverage", "results", ".turbo"]);

/** The existing provider the copy keeps: the one with the fewest spec files. */
async function smallestProvider(): Promise<string> {
  const sizes: Array<{ name: string; files: number }> = [];
  for (const entry of await readdir(join(repoRoot, "specs"), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(join(repoRoot, "specs", entry.name), { recursive: true });
    if (files.includes("source.yaml")) sizes.push({ name: entry.name, files: files.length });
  }
  const [smallest] = sizes.sort((a, b) => a.files - b.files || a.name.localeCompare(b.name));
  if (!smallest) throw new Error("specs/ has no provider to copy");
  return smallest.name;
}

/** The copied packages still name the providers left out as `workspace:` dependencies: drop those. */
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
  const root = await mkdtemp(join(tmpdir(), "image-sdk-new-provider-"));
  const provider = await smallestProvider();
  const copy = (path: string) =>
    cp(join(repoRoot, path), join(root, path), {
      recursive: true,
      filter: (source) => !skipped.has(source.split(/[\\/]/).at(-1) ?? ""),
    });
  for (const file of rootFiles) await copy(file);
  const packages = [...sharedPackages, `packages/${provider}`];
  for (const path of [...packages, `specs/${provider}`]) await copy(path);
  await dropMissingWorkspaceDependencies(root, packages);
  return { root, provider };
}
