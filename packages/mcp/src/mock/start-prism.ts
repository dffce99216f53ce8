// --mock's Prism launcher, with the interface of image-to-prompt's `./prism` entry (startPrism,
// PrismServer, PrismUnavailableError) so this one file is all that changes when that entry is on
// main. Prism runs in a small wrapper process in its own group: the wrapper exits when the pipe on
// its stdin closes, which the kernel does however this process ends (SIGKILL included), and the
// group is stopped on every exit of this process that runs handlers.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";

export class PrismUnavailableError extends Error {
  override name = "PrismUnavailableError";
}

export interface PrismOptions {
  document: string;
  signal?: AbortSignal;
  startTimeoutMs?: number;
}

export interface PrismServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;
// Run with `node -e`: argv[1] is Prism's CLI, the rest its arguments.
const WRAPPER = [
  'process.stdin.on("end", () => process.exit(0));',
  'process.stdin.on("close", () => process.exit(0));',
  "process.stdin.resume();",
  "const cli = process.argv[1];",
  "process.argv = [process.execPath, ...process.argv.slice(1)];",
  "require(cli);",
].join("\n");
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

function prismCli(): string {
  if (Number(process.versions.node.split(".")[0]) < 24) {
    throw new PrismUnavailableError(`Prism 5.16 needs Node >= 24; this is Node ${process.version}.`);
  }
  try {
    return require.resolve("@stoplight/prism-cli/dist/index.js");
  } catch {
    throw new PrismUnavailableError(
      "Prism is not installed: install it next to this package (npm install --save-dev @stoplight/prism-cli@5.16.0).",
    );
  }
}

/** A Prism mock of `document` on 127.0.0.1 and a free port, once it listens. */
export function startPrism({ document, signal, startTimeoutMs = 60_000 }: PrismOptions): Promise<PrismServer> {
  const cli = prismCli();
  const args = ["-e", WRAPPER, cli, "mock", document, "--host", "127.0.0.1", "--port", "0", "--errors"];
  const child = spawn(process.execPath, [...args, "--multiprocess=false"], {
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, SCARF_ANALYTICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  running.add(child);
  child.stdin?.on("error", () => {});
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
  const log: string[] = [];
  return new Promise<PrismServer>((resolve, reject) => {
    const fail = (why: string) => {
      void stop();
      reject(new Error(`the Prism mock of ${document} did not start: ${why}\n  ${log.slice(-10).join("\n  ")}`));
    };
    const timer = setTimeout(() => fail(`no answer within ${startTimeoutMs} ms`), startTimeoutMs);
    const onAbort = () => fail("cancelled");
    signal?.addEventListener("abort", onAbort, { once: true });
    child.once("exit", (code, exitSignal) => fail(`it exited (${exitSignal ?? `code ${code}`})`));
    // Prism logs every request: keep reading, or a full pipe would block it.
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        log.push(...chunk.split("\n").filter(Boolean));
        log.splice(0, Math.max(0, log.length - 40));
        const url = LISTENING.exec(chunk)?.[1];
        if (url) {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
          resolve({ url, pid: child.pid!, stop });
        }
      });
    }
  });
}
