import { execFile } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRepoCopy } from "@image-sdk/test-support/repo-copy";
import { repoRoot } from "../../pipeline/provider-spec.ts";

/**
 * A throwaway copy of the lint config and of the named providers' specs and package outputs, to
 * break on purpose. Only those providers: a test copies what it exercises, so the suite's time
 * does not grow with every provider added to the repo.
 */
export interface TempRepo {
  root: string;
  path(relative: string): string;
  read(relative: string): Promise<string>;
  write(relative: string, contents: string): Promise<void>;
  edit(relative: string, change: (text: string) => string): Promise<void>;
  /** Every file under `relative`, with its contents, to prove a failed step changed nothing. */
  snapshot(relative: string): Promise<Record<string, string>>;
  remove(): Promise<void>;
}

export async function createTempRepo(providers: readonly string[]): Promise<TempRepo> {
  const copy = await createRepoCopy({
    from: "working-tree",
    paths: [
      "redocly.yaml",
      ...providers.flatMap((provider) => [
        `specs/${provider}`,
        `packages/${provider}/openapi.json`,
        `packages/${provider}/src/generated`,
      ]),
    ],
    install: "none",
    git: false,
  });
  return tempRepoAt(copy.root, copy.remove);
}

/** The TempRepo helpers over a scratch root made elsewhere (a full repo copy, say). */
export function tempRepoAt(root: string, remove = () => rm(root, { recursive: true, force: true })): TempRepo {
  const path = (relative: string) => join(root, relative);
  const snapshot = async (relative: string) => {
    const files: Record<string, string> = {};
    for (const entry of await readdir(path(relative), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      files[file.slice(root.length + 1)] = await readFile(file, "utf8");
    }
    return files;
  };
  return {
    root,
    path,
    read: (relative) => readFile(path(relative), "utf8"),
    write: (relative, contents) => writeFile(path(relative), contents),
    edit: async (relative, change) => {
      const before = await readFile(path(relative), "utf8");
      const after = change(before);
      if (after === before) throw new Error(`edit of ${relative} changed nothing`);
      await writeFile(path(relative), after);
    },
    snapshot,
    remove,
  };
}

export interface StepResult {
  code: number | null;
  stderr: string;
}

/** Runs a pipeline step as CI does: `node scripts/pipeline/<step>.ts <provider> <root>`. */
export function runPipelineStep(step: string, provider: string, root: string): Promise<StepResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repoRoot, "scripts", "pipeline", `${step}.ts`), provider, root],
      { env: { ...process.env, NO_COLOR: "1" } },
      (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
    );
  });
}
