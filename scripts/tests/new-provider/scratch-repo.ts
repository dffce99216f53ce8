// A scratch copy of the repo with only what a new provider's pipeline, build, type-check and
// contract tests need: the root config, scripts/, core, one existing provider (so the packages that
// use every provider are discovered as they are in the real tree), the test packages and the bench.
// Its size does not grow with the number of providers.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "../../pipeline/provider-spec.ts";

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
  const sizes: Array<{ name: string; files: number }> = [];
  for (const entry of await readdir(join(repoRoot, "specs"), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(join(repoRoot, "specs", entry.name), { recursive: true });
    if (files.includes("source.yaml")) sizes.push({ name: entry.name, files: files.length });
  }
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

function gitFiles(paths: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ...paths],
      { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout.split("\0").filter(Boolean))),
    );
  });
}

export async function createScratchRepo(): Promise<{ root: string; provider: string }> {
  const root = await mkdtemp(join(tmpdir(), "image-sdk-new-provider-"));
  const { kept: provider, left } = await pickProvider();
  const packages = [...sharedPackages, `packages/${provider}`];
  // What git would check out (tracked files and new ones it does not ignore), as they are now. The
  // test packages keep per-provider folders (hand-written flow tests): those of the providers left
  // out stay behind too, as they would not compile without their packages.
  const files = await gitFiles([...rootFiles, ...packages, `specs/${provider}`]);
  for (const file of files) {
    if (file.split("/").some((segment) => left.has(segment))) continue;
    await mkdir(dirname(join(root, file)), { recursive: true });
    await cp(join(repoRoot, file), join(root, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error; // deleted in the working tree, not yet committed
    });
  }
  // The root too: it depends on image-to-prompt (for `npx image-to-prompt`), which is not copied.
  await dropMissingWorkspaceDependencies(root, [".", ...packages]);
  return { root, provider };
}
