// --mock: one Prism mock per provider, started from the openapi.json that provider's package ships,
// on 127.0.0.1 with a free port, and stopped when the command ends, however it ends.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ProviderName, ProviderOptions } from "../providers/index.ts";
import { preferCompletedTasks } from "./freepik-mock-completion.ts";

/** --mock cannot run here (no Prism installed, or a Node too old for it): a usage error, exit 2. */
export class MockUnavailableError extends Error {}

export interface MockServers {
  /** Options pointing each provider at its mock. */
  options: ProviderOptions;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const prismProcess = fileURLToPath(new URL("./prism-process.js", import.meta.url));
const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 60_000;
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// The last resort on any exit (process.exit included); a SIGKILL is covered by prism-process.ts.
process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

/** Prism is an optional peer dependency: say how to get it rather than fail on a missing module. */
function checkPrismAvailable(): void {
  try {
    require.resolve("@stoplight/prism-cli/package.json");
  } catch {
    throw new MockUnavailableError(
      "--mock needs Prism: install it next to this package (npm install --save-dev @stoplight/prism-cli@5.16.0).",
    );
  }
  if (Number(process.versions.node.split(".")[0]) < 24) {
    throw new MockUnavailableError(`--mock runs Prism 5.16, which needs Node >= 24; this is Node ${process.version}.`);
  }
}

export async function startMockServers(names: readonly ProviderName[], signal: AbortSignal): Promise<MockServers> {
  checkPrismAvailable();
  const started: Array<{ child: ChildProcess; stop: () => Promise<void> }> = [];
  const stop = () => Promise.all(started.map((server) => server.stop())).then(() => {});
  try {
    const urls = await Promise.all(
      names.map(async (name) => {
        const document = require.resolve(`@image-sdk/${name}/openapi.json`);
        const server = startPrism(document, signal);
        started.push(server);
        return [name, await server.url, document] as const;
      }),
    );
    const options: ProviderOptions = {};
    for (const [name, baseUrl, document] of urls) {
      // Any key will do for a mock; Freepik's mock is asked for a finished task when polled.
      options[name] =
        name === "freepik"
          ? { baseUrl, apiKey: "mock", fetch: preferCompletedTasks(document) }
          : { baseUrl, apiKey: "mock" };
    }
    return { options, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function startPrism(document: string, signal: AbortSignal) {
  const args = [
    prismProcess,
    "mock",
    document,
    "--host",
    "127.0.0.1",
    "--port",
    "0",
    "--errors",
    "--multiprocess=false",
  ];
  // Own process group, so stopping reaches everything Prism starts.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, SCARF_ANALYTICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  running.add(child);
  child.stdin?.on("error", () => {});
  const log: string[] = [];
  const url = new Promise<string>((resolve, reject) => {
    const fail = (why: string) =>
      reject(new Error(`the Prism mock of ${document} did not start: ${why}\n  ${log.slice(-10).join("\n  ")}`));
    const timer = setTimeout(() => fail(`no answer within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const onAbort = () => fail("cancelled");
    signal.addEventListener("abort", onAbort, { once: true });
    child.once("exit", (code, exitSignal) => fail(`it exited (${exitSignal ?? `code ${code}`})`));
    // Prism logs every request: keep reading, or a full pipe would block it.
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        log.push(...chunk.split("\n").filter(Boolean));
        log.splice(0, Math.max(0, log.length - 40));
        const listening = LISTENING.exec(chunk)?.[1];
        if (listening) {
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          resolve(listening);
        }
      });
    }
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      running.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => killGroup(child, "SIGKILL"), 3_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      killGroup(child, "SIGTERM");
    });
  url.catch(() => {});
  return { child, url, stop };
}
