// The runtime matrix: a downstream project installs the packed packages from a registry, and the
// same scenario (fixtures/consumer/scenario.mjs) runs on each runtime a client of an image-AI API lives in:
// Node 20/22/24 as ESM and CJS, Bun, Deno, Cloudflare's workerd, the Vercel Edge runtime, and a
// browser app bundled by esbuild in Chromium.
// Each test is one runtime, named in its title; every subprocess has a deadline; no network.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NodeBinary } from "@image-sdk/publish-tests/system-node";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsumerProject, installConsumerProject } from "../src/consumer-project.ts";
import { runInChromium } from "../src/run-chromium.ts";
import { runInEdgeRuntime } from "../src/run-edge-runtime.ts";
import { runInWorkerd } from "../src/run-workerd.ts";
import { bunBinary, denoBinary, nodeBinaries } from "../src/runtime-binaries.ts";
import { imageBytes, prompts, type ScenarioApi, startScenarioApi } from "../src/scenario-api.ts";

/** Per runtime: start-up, a 300 ms timeout, a 100 ms abort and a handful of loopback calls. */
const runTimeout = 60_000;

/** What every runtime must report (fixtures/consumer/scenario.mjs). */
const expected = {
  retry: { prompt: prompts.caption },
  timeout: { name: "TimeoutError" },
  timeoutIsTimeoutError: true,
  abort: { name: "AbortError" },
  abortIsAbortError: true,
  abortBody: { name: "AbortError" },
  missingKey: { name: "MissingApiKeyError" },
  forbidden: {
    narrowed: true,
    isPermissionDenied: true,
    name: "PermissionDeniedError",
    status: 403,
    code: "prompt_usage_limit",
  },
  webhook: {
    taskId: "task-1",
    tampered: { name: "WebhookVerificationError" },
    tamperedIsVerificationError: true,
  },
  describe: { prompt: prompts.novita, provider: "novita", attempts: ["freepik:503", "novita:ok"] },
  pathInput: { name: "InvalidInputError", isInvalidInput: true, namesNodeEntry: true },
};

/** What a runtime with a file system must report too: the /node entry's path input. */
const expectedWithFiles = { ...expected, fileInput: { prompt: prompts.novita } };

interface Run {
  (base: string): Promise<unknown>;
  /** Whether the entry passes the /node entry and a file (Node, Bun, Deno). */
  files?: boolean;
}

describe("the packed packages on every runtime", () => {
  let consumer: ConsumerProject | undefined;
  let api: ScenarioApi | undefined;
  let nodes: Map<number, NodeBinary>;

  beforeAll(async () => {
    [consumer, api, nodes] = await Promise.all([installConsumerProject(), startScenarioApi(), nodeBinaries()]);
    await writeFile(join(consumer.dir, "image.bin"), imageBytes);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await consumer?.remove();
  });

  const project = () => {
    if (consumer === undefined) throw new Error("the consumer project was not installed");
    return consumer;
  };

  /** A runtime that runs an entry file and prints the results as its last line. */
  const script = (
    binary: () => Promise<string>,
    args: (base: string) => string[],
    env: (scratch: string) => NodeJS.ProcessEnv = () => ({}),
  ): Run =>
    Object.assign(
      async (base: string) => {
        const { dir, scratch, env: consumerEnv } = project();
        const stdout = await runCommand(await binary(), args(base), {
          cwd: dir,
          // No key from the machine's environment: the scenario checks the error for a missing one.
          env: { ...consumerEnv, FLAMEL_API_KEY: "", ...env(scratch) },
          timeoutMs: runTimeout,
        });
        return JSON.parse(stdout.trim().split("\n").at(-1) ?? "");
      },
      { files: true },
    );

  const node = (major: number) => async () => {
    const binary = nodes.get(major);
    if (binary === undefined) throw new Error(`no Node ${major}: found ${[...nodes.keys()].join(", ")}`);
    return binary.path;
  };

  const runtimes: Record<string, Run> = {};
  for (const major of [20, 22, 24]) {
    runtimes[`Node ${major} ESM`] = script(node(major), (base) => ["node-esm.mjs", base]);
    runtimes[`Node ${major} CJS`] = script(node(major), (base) => ["node-cjs.cjs", base]);
  }
  // No transpiler cache: Bun would write one under the home folder.
  const bunEnv = () => ({ BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" });
  runtimes["Bun ESM"] = script(bunBinary, (base) => ["node-esm.mjs", base], bunEnv);
  runtimes["Bun CJS"] = script(bunBinary, (base) => ["node-cjs.cjs", base], bunEnv);
  runtimes.Deno = script(
    denoBinary,
    // The network client needs loopback, and the /node entry the image file; nothing else is granted.
    (base) => ["run", "--node-modules-dir=manual", "--allow-net=127.0.0.1", "--allow-read=image.bin", "deno.mjs", base],
    // Deno's cache in the scratch folder, not the home folder.
    (scratch) => ({ DENO_DIR: join(scratch, "deno"), DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" }),
  );
  runtimes["Cloudflare workerd"] = (base) =>
    runInWorkerd(project().dir, join(project().scratch, "workerd"), base, runTimeout);
  runtimes["Vercel Edge runtime"] = (base) =>
    runInEdgeRuntime(project().dir, join(project().scratch, "edge"), base, runTimeout);
  runtimes["Chromium (esbuild browser bundle)"] = (base) => {
    if (api === undefined) throw new Error("the scenario API is not running");
    return runInChromium(project().dir, join(project().scratch, "chromium"), api, base, runTimeout);
  };

  it.each(Object.keys(runtimes))("%s: retries, timeout, abort, typed errors, webhook, describeImage", async (name) => {
    const run = runtimes[name];
    if (run === undefined || api === undefined) throw new Error(`no runner for ${name}`);
    const key = name.replaceAll(/\W+/g, "-");
    let results: unknown;
    try {
      results = await run(`${api.origin}/${key}`);
    } catch (error) {
      throw new Error(`${name} could not run the scenario: ${(error as Error).message}`);
    }
    expect(results, `${name}: the scenario's results`).toMatchObject(run.files ? expectedWithFiles : expected);
    expect(api.hits.get(`${key}/retry`), `${name}: the 503 was retried once`).toBe(2);
    expect(api.hits.get(`${key}/unavailable`), `${name}: Freepik asked once, then Novita`).toBe(1);
    expect(api.hits.get(`${key}/forbidden`), `${name}: the keyless call sent nothing`).toBe(1);
  });
});
