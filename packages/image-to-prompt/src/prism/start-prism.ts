// Starts one Prism mock server of an OpenAPI document on a free loopback port and hands back a way
// to stop it. The one launcher of the repository: `image-to-prompt --mock` runs it, and so do the
// contract suite, the README example runs, the publish test and the bench, through this package's
// `./prism` entry. It lives here, not in a test package, because the published command needs it and
// a published package cannot depend on a private one; Prism stays an optional peer dependency.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { signalGroup, stopOnExit } from "./stop-on-exit.ts";

/** How to start a Prism mock. */
export interface PrismOptions {
  /** The OpenAPI document to mock (a provider package's bundled `openapi.json`). */
  document: string;
  /** Generate responses from the schemas (`--dynamic`) with this seed instead of using examples. */
  dynamicSeed?: string;
  /** How long Prism may take to start answering before the start counts as failed (default 120 s). */
  startTimeoutMs?: number;
  /** Cancels a start in progress: the start fails and leaves no process. */
  signal?: AbortSignal;
}

/** A running Prism mock. */
export interface PrismServer {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** The mock's process (the leader of its own process group). */
  pid: number;
  /** Stops the server (SIGTERM to its process group, SIGKILL if it lingers); safe to call twice. */
  stop(): Promise<void>;
}

/** Prism cannot run here: it is not installed (an optional peer dependency), or Node is too old. */
export class PrismUnavailableError extends Error {
  override name = "PrismUnavailableError";
}

const require = createRequire(import.meta.url);
// Next to this module: prism-process.ts in the sources (Node runs it as TypeScript), prism-process.js
// in dist/, where every entry, the command's included, is a file of the same folder.
const prismProcess = fileURLToPath(
  new URL(import.meta.url.endsWith(".ts") ? "./prism-process.ts" : "./prism-process.js", import.meta.url),
);
const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;
const KEPT_LOG_LINES = 40;
const STOP_GRACE_MS = 3_000;

function checkPrismAvailable(): void {
  try {
    require.resolve("@stoplight/prism-cli/package.json");
  } catch {
    throw new PrismUnavailableError(
      "Prism is not installed: install it next to @image-sdk/image-to-prompt (npm install --save-dev @stoplight/prism-cli@5.16.0).",
    );
  }
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 24) {
    throw new PrismUnavailableError(
      `Prism 5.16 needs Node >= 24, but this is Node ${process.version} (${process.execPath}).`,
    );
  }
}

/**
 * Starts a Prism 5.16 mock of `options.document` on 127.0.0.1 (a free port) and resolves once it
 * answers HTTP, with request violations answered as errors (`--errors`). A start that fails, times
 * out or is cancelled rejects with an Error naming the document, the reason and Prism's last
 * output, and leaves no process. The mock is killed if this process exits first, however it exits.
 * @throws PrismUnavailableError when Prism is not installed or Node is older than 24.
 */
export async function startPrism(options: PrismOptions): Promise<PrismServer> {
  checkPrismAvailable();
  const args = [prismProcess, "mock", options.document, "--host", "127.0.0.1", "--port", "0"];
  // Request violations become error responses, so a request the contract forbids never gets a mock.
  args.push("--errors", "--multiprocess=false");
  if (options.dynamicSeed !== undefined) args.push("--dynamic", "--seed", options.dynamicSeed);

  const child = spawn(process.execPath, args, {
    // Own process group, so stop() reaches everything Prism may start.
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, SCARF_ANALYTICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  // The pipe only exists to tell Prism when this process is gone; nothing is ever written to it.
  child.stdin.on("error", () => {});
  let stopping = false;
  const unregister = stopOnExit(child, () => {
    stopping = true;
  });
  const log = collectLog(child);

  const stop = () => {
    stopping = true;
    return stopChild(child).finally(unregister);
  };
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const budget = { timeoutMs, deadline: Date.now() + timeoutMs, signal: options.signal };
  try {
    const url = await waitForListening(child, log, options, budget);
    await waitUntilAnswering(url, child, log, options, budget);
    // A mock that dies mid-run fails the tests that use it; say why, since they only see refused connections.
    child.once("exit", (code, signal) => {
      if (!stopping) console.error(prismFailure(options, `exited mid-run (${signal ?? `code ${code}`})`, log).message);
    });
    return { url, pid: child.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface CollectedLog {
  lines: string[];
  onLine(listener: (line: string) => void): void;
}

// Keeps the tail of Prism's output for error messages and keeps draining the pipes, since Prism
// logs every request and would block once a full pipe stops being read.
function collectLog(child: ChildProcess): CollectedLog {
  const lines: string[] = [];
  const listeners: Array<(line: string) => void> = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      pending += chunk;
      const complete = pending.split("\n");
      pending = complete.pop() ?? "";
      for (const line of complete) {
        lines.push(line);
        if (lines.length > KEPT_LOG_LINES) lines.shift();
        for (const listener of listeners) listener(line);
      }
    });
  }
  return { lines, onLine: (listener) => listeners.push(listener) };
}

function prismFailure(options: PrismOptions, what: string, log: CollectedLog): Error {
  const tail = log.lines.length ? `\nPrism's last output:\n  ${log.lines.join("\n  ")}` : "";
  return new Error(`Prism mock for ${options.document} ${what}.${tail}`);
}

function startFailure(options: PrismOptions, reason: string, log: CollectedLog): Error {
  return prismFailure(options, `did not start: ${reason}`, log);
}

/**
 * Prism loads and dereferences the whole document before it listens: seconds for the image
 * providers, but DigitalOcean's 2.4 MB document took over 20 s on a loaded 2-core machine.
 */
const DEFAULT_START_TIMEOUT_MS = 120_000;

/** The start's one deadline, covering both the "listening" line and the first HTTP answer. */
interface StartBudget {
  timeoutMs: number;
  deadline: number;
  signal: AbortSignal | undefined;
}

function waitForListening(child: ChildProcess, log: CollectedLog, options: PrismOptions, budget: StartBudget) {
  return new Promise<string>((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      child.off("exit", onExit);
      budget.signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() => reject(startFailure(options, `no "Prism is listening" line within ${budget.timeoutMs} ms`, log))),
      budget.timeoutMs,
    );
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(() => reject(startFailure(options, `it exited (${signal ?? `code ${code}`})`, log)));
    const onAbort = () => settle(() => reject(startFailure(options, "cancelled", log)));
    child.once("exit", onExit);
    budget.signal?.addEventListener("abort", onAbort, { once: true });
    if (budget.signal?.aborted) onAbort();
    log.onLine((line) => {
      const url = LISTENING.exec(line)?.[1];
      if (url) settle(() => resolve(url));
    });
  });
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  log: CollectedLog,
  options: PrismOptions,
  budget: StartBudget,
) {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw startFailure(options, "it exited after announcing its port", log);
    }
    if (budget.signal?.aborted) throw startFailure(options, "cancelled", log);
    try {
      // Any HTTP answer (Prism says 404 for `/`) proves the server is serving.
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch (error) {
      if (Date.now() > budget.deadline) {
        throw startFailure(options, `${url} did not answer within ${budget.timeoutMs} ms: ${String(error)}`, log);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(child, "SIGKILL"), STOP_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    signalGroup(child, "SIGTERM");
  });
}
