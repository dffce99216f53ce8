// Starts one Prism mock server on a free loopback port and hands back a way to stop it.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { signalGroup, stopOnExit } from "./stop-on-exit.ts";

export interface PrismOptions {
  /** The OpenAPI document to mock (a provider package's bundled `openapi.json`). */
  document: string;
  /** Generate responses from the schemas (`--dynamic`) with this seed instead of using examples. */
  dynamicSeed?: string;
  /** How long Prism may take to answer before the start counts as failed. */
  startTimeoutMs?: number;
}

export interface PrismServer {
  url: string;
  pid: number;
  /** Stops the server (SIGTERM to its process group, SIGKILL if it lingers); safe to call twice. */
  stop(): Promise<void>;
}

const prismProcess = fileURLToPath(new URL("./prism-process.ts", import.meta.url));
const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;
const KEPT_LOG_LINES = 40;
const STOP_GRACE_MS = 3_000;

export async function startPrism(options: PrismOptions): Promise<PrismServer> {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 24) {
    throw new Error(
      `Prism 5.16 needs Node >= 24, but this is Node ${process.version} (${process.execPath}); ` +
        "run through pnpm so the repository's node_modules/.bin/node is used.",
    );
  }
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
  const unregister = stopOnExit(child);
  const log = collectLog(child);

  let stopping = false;
  const stop = () => {
    stopping = true;
    return stopChild(child).finally(unregister);
  };
  try {
    const url = await waitForListening(child, log, options);
    await waitUntilAnswering(url, child, log, options);
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

function waitForListening(child: ChildProcess, log: CollectedLog, options: PrismOptions): Promise<string> {
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(startFailure(options, `no "Prism is listening" line within ${timeoutMs} ms`, log)),
      timeoutMs,
    );
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      reject(startFailure(options, `it exited (${signal ?? `code ${code}`})`, log));
    };
    child.once("exit", onExit);
    log.onLine((line) => {
      const url = LISTENING.exec(line)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve(url);
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: CollectedLog, options: PrismOptions) {
  const deadline = Date.now() + (options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw startFailure(options, "it exited after announcing its port", log);
    }
    try {
      // Any HTTP answer (Prism says 404 for `/`) proves the server is serving.
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw startFailure(options, `${url} did not answer: ${String(error)}`, log);
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
