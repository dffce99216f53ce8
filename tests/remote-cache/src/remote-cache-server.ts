// turborepo-remote-cache (the open-source implementation of turbo's remote cache API) as a child
// process on 127.0.0.1, port 0, static token auth, artifacts in a throwaway folder that is removed
// on stop. The same server, with a real token and storage, is what a team runs (README).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface RemoteCacheServer {
  /** `TURBO_API`. */
  url: string;
  /** `TURBO_TOKEN`: the server accepts this bearer token and no other. */
  token: string;
  /** Where artifacts land: `<storage>/<team>/<task hash>`. */
  storage: string;
  stop(): Promise<void>;
}

// The package exports its app module, not its CLI: the CLI (the package's bin) sits beside it.
const cli = join(dirname(createRequire(import.meta.url).resolve("turborepo-remote-cache")), "cli.js");
const STARTUP_MS = 30_000;

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => fail(new Error(`no "Server listening" line within ${STARTUP_MS} ms`)), STARTUP_MS);
    const onData = (chunk: Buffer) => {
      log += chunk.toString("utf8");
      // Fastify's pino line: {"level":30,…,"msg":"Server listening at http://127.0.0.1:41234"}
      const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1];
      if (url) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.stderr?.off("data", onData);
        resolve(url);
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(new Error(`turborepo-remote-cache did not start: ${error.message}\n${log.slice(-2000)}`));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", fail);
    child.once("exit", (code, signal) => fail(new Error(`exited early (code ${code}, signal ${signal})`)));
  });
}

export async function startRemoteCacheServer(): Promise<RemoteCacheServer> {
  const storage = await mkdtemp(join(tmpdir(), "image-sdk-remote-cache-"));
  const token = randomBytes(24).toString("hex");
  const child = spawn(process.execPath, [cli], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: "0",
      AUTH_MODE: "static",
      TURBO_TOKEN: token,
      STORAGE_PROVIDER: "local",
      STORAGE_PATH: storage,
      STORAGE_PATH_USE_TMP_FOLDER: "false",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // A test run that dies without teardown must not leave the server listening.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    process.off("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    await rm(storage, { recursive: true, force: true });
  };
  try {
    const url = await waitForListening(child);
    // Keep draining the log so a chatty server never blocks on a full pipe.
    child.stdout?.resume();
    child.stderr?.resume();
    return { url, token, storage, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
