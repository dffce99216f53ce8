// Generated-code drift: regenerates every provider package's openapi.json and src/generated/
// from specs/ in a scratch copy of the repo, and compares them byte for byte with the files in
// the working tree — or, with --committed, does the same for the last commit (what CI must check
// after a build has already regenerated the working tree).
// `node scripts/specs-check/generated-drift.ts [--committed] [repo-root]` prints a unified diff per
// stale file and exits 1.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createTwoFilesPatch } from "diff";
import { bundleSpec } from "../pipeline/bundle-spec.ts";
import { generateTypes } from "../pipeline/generate-types.ts";
import { PipelineError } from "../pipeline/pipeline-error.ts";
import { loadProviderSpec, repoRoot } from "../pipeline/provider-spec.ts";
import { listProviders } from "../repo/providers.ts";

export interface StaleFile {
  /** Relative to the repo root. */
  file: string;
  /** Unified diff from the working tree's file to the regenerated one. */
  diff: string;
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

async function readOrEmpty(path: string): Promise<string | undefined> {
  return readFile(path, "utf8").catch(() => undefined);
}

/** Every provider's outputs that differ from what the pipeline makes of specs/ now. */
export async function findGeneratedDrift(root: string = repoRoot): Promise<StaleFile[]> {
  const scratch = await mkdtemp(join(tmpdir(), "image-sdk-drift-"));
  try {
    await cp(join(root, "specs"), join(scratch, "specs"), { recursive: true });
    await cp(join(root, "redocly.yaml"), join(scratch, "redocly.yaml"));
    const stale: StaleFile[] = [];
    for (const { name: provider } of listProviders(root)) {
      await bundleSpec(provider, scratch);
      await generateTypes(provider, scratch);
      const ours = await loadProviderSpec(provider, root);
      const fresh = await loadProviderSpec(provider, scratch);
      const pairs = [{ committed: ours.bundlePath, regenerated: fresh.bundlePath }];
      const names = new Set([...(await filesIn(ours.generatedDir)), ...(await filesIn(fresh.generatedDir))]);
      for (const name of [...names].sort())
        pairs.push({ committed: join(ours.generatedDir, name), regenerated: join(fresh.generatedDir, name) });
      for (const { committed, regenerated } of pairs) {
        const [before, after] = await Promise.all([readOrEmpty(committed), readOrEmpty(regenerated)]);
        if (before === after) continue;
        const file = relative(root, committed);
        const diff = createTwoFilesPatch(
          before === undefined ? "/dev/null" : `a/${file}`,
          after === undefined ? "/dev/null" : `b/${file}`,
          before ?? "",
          after ?? "",
          "working tree",
          after === undefined ? "not generated from specs/ (stale)" : "regenerated from specs/",
        );
        stale.push({ file, diff });
      }
    }
    return stale;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The files drift concerns, as committed in HEAD, extracted into a scratch folder (removed by the
 * caller), so committed outputs can be checked against committed specs whatever the working tree
 * holds.
 */
export async function extractCommitted(root: string = repoRoot): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), "image-sdk-committed-"));
  const paths = ["specs", "redocly.yaml", ...listProviders(root).map((provider) => `packages/${provider.name}`)];
  await new Promise<void>((resolve, reject) => {
    execFile(
      "sh",
      ["-c", `git archive --format=tar HEAD -- "$@" | tar -x -C "${scratch}"`, "sh", ...paths],
      { cwd: root },
      (error, _out, stderr) =>
        error
          ? reject(new Error(`cannot read the last commit of ${root} with git: ${stderr.trim() || error.message}`))
          : resolve(),
    );
  });
  return scratch;
}

export function renderGeneratedDrift(stale: readonly StaleFile[]): string {
  if (stale.length === 0) return "Generated files match specs/.\n";
  return [
    `${stale.length} generated file${stale.length === 1 ? " is" : "s are"} out of date with specs/ (run \`pnpm generate\` and commit the result):`,
    ...stale.map((entry) => entry.diff),
  ].join("\n");
}

if (import.meta.main) {
  const committed = process.argv.includes("--committed");
  const root = process.argv.slice(2).find((arg) => arg !== "--committed") ?? repoRoot;
  const tree = committed ? await extractCommitted(root) : root;
  try {
    const stale = await findGeneratedDrift(tree);
    process.stdout.write(renderGeneratedDrift(stale));
    process.exitCode = stale.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    process.stderr.write(`error: specs/ cannot be regenerated: ${error.message}\n`);
    process.exitCode = 2;
  } finally {
    if (committed) await rm(tree, { recursive: true, force: true });
  }
}
