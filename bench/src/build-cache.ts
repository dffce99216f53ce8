// Pipeline speed of the real providers through turbo, in a throwaway copy of the repo with its own
// cache directory: a cold build, a rebuild with no change (should be all cache hits), and a
// rebuild after one provider's spec changed (only that provider's tasks should run).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { listProviders } from "@image-sdk/scripts/repo/providers.ts";
import { createRepoCopy } from "@image-sdk/test-support/repo-copy";
import { parseDocument } from "yaml";
import { runMeasured } from "./measured-process.ts";

export interface TurboRun {
  wallMs: number;
  tasks: number;
  cached: number;
  /** Tasks that ran (cache miss), as `package#task`. */
  ran: string[];
}

export interface BuildCache {
  cold: TurboRun;
  noChange: TurboRun & { fullCacheHit: boolean };
  oneSpecChanged: TurboRun & { provider: string; changedFile: string; onlyThatProvider: boolean };
}

interface TurboSummary {
  tasks: Array<{ taskId: string; cache: { status: "HIT" | "MISS" } }>;
}

const turbo = createRequire(join(repoRoot, "package.json")).resolve("turbo/bin/turbo");

async function turboBuild(root: string, cacheDir: string): Promise<TurboRun> {
  // The root `pnpm run build`, limited to the packages (the provider clients and core).
  const run = await runMeasured(
    process.execPath,
    [
      turbo,
      "run",
      "build",
      "typecheck",
      "--filter=./packages/*",
      `--cache-dir=${cacheDir}`,
      "--summarize",
      "--output-logs=errors-only",
    ],
    { cwd: root, env: { TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off", SCARF_ANALYTICS: "false" } },
  );
  const summaryPath = /Summary:\s+(\S+\.json)/.exec(run.output)?.[1];
  if (run.code !== 0 || !summaryPath)
    throw new Error(`turbo build failed in the repo copy ${root}:\n${run.output.slice(-4000)}`);
  const summary = JSON.parse(await readFile(summaryPath, "utf8")) as TurboSummary;
  const missed = summary.tasks.filter((task) => task.cache.status === "MISS");
  return {
    wallMs: run.wallMs,
    tasks: summary.tasks.length,
    cached: summary.tasks.length - missed.length,
    ran: missed.map((task) => task.taskId).sort(),
  };
}

/**
 * Changes what one operation says (its description), the smallest edit that must flow through the
 * whole chain: the bundled document, the generated types (JSDoc) and the build all change. The
 * provider is the first whose entry document defines an operation inline.
 */
async function changeOneSpec(root: string): Promise<{ provider: string; packageName: string; file: string }> {
  for (const provider of listProviders(root)) {
    const manifest = parseDocument(
      await readFile(join(root, "specs", provider.name, "source.yaml"), "utf8"),
    ).toJS() as { entry: string };
    const file = join("specs", provider.name, manifest.entry);
    const document = parseDocument(await readFile(join(root, file), "utf8"));
    const paths = (document.toJS() as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
    const key = Object.entries(paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => ["paths", path, method, "description"]))
      .find((candidate) => typeof document.getIn(candidate) === "string");
    if (!key) continue;
    document.setIn(key, `${document.getIn(key) as string} (changed by the bench)`);
    await writeFile(join(root, file), document.toString());
    return { provider: provider.name, packageName: provider.names.packageName, file };
  }
  throw new Error("no provider's entry document defines an operation with a description inline to change");
}

export async function benchBuildCache(): Promise<BuildCache> {
  const copy = await createRepoCopy();
  const cacheDir = await mkdtemp(join(tmpdir(), "image-sdk-bench-turbo-cache-"));
  try {
    const cold = await turboBuild(copy.root, cacheDir);
    const noChange = await turboBuild(copy.root, cacheDir);
    const changed = await changeOneSpec(copy.root);
    const afterChange = await turboBuild(copy.root, cacheDir);
    const packagesRan = new Set(afterChange.ran.map((taskId) => taskId.split("#")[0]));
    return {
      cold,
      noChange: { ...noChange, fullCacheHit: noChange.cached === noChange.tasks },
      oneSpecChanged: {
        ...afterChange,
        provider: changed.provider,
        changedFile: changed.file,
        onlyThatProvider: packagesRan.size === 1 && packagesRan.has(changed.packageName),
      },
    };
  } finally {
    await Promise.all([copy.remove(), rm(cacheDir, { recursive: true, force: true })]);
  }
}
