import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { workerdBinary } from "./runtime-binaries.ts";
import { bundleEntry } from "./worker-bundles.ts";

/** A compatibility date the installed workerd supports; no `nodejs_compat`, as a plain worker has none. */
const compatibilityDate = "2026-11-01";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The workerd config: the worker on a loopback socket, allowed to reach the loopback API. */
const config = (port: number) => `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # Outbound fetches: loopback counts as "local", so it must be allowed by name.
    (name = "network", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.js")],
  compatibilityDate = "${compatibilityDate}",
  globalOutbound = "network",
);
`;

/**
 * Runs the consumer's worker in the real workerd runtime and asks it for the scenario's results.
 * Everything is bounded by `timeout`; workerd is stopped whatever happens.
 */
export async function runInWorkerd(consumer: string, scratch: string, base: string, timeout: number): Promise<unknown> {
  await bundleEntry(consumer, "worker.mjs", join(scratch, "worker.js"), {
    format: "esm",
    conditions: ["workerd", "worker", "browser"],
  });
  const port = await freePort();
  await writeFile(join(scratch, "config.capnp"), config(port));
  const child = spawn(await workerdBinary(), ["serve", "config.capnp", "--verbose"], {
    cwd: scratch,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + timeout;
  try {
    const url = `http://127.0.0.1:${port}/?base=${encodeURIComponent(base)}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}) before serving:\n${output}`);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(deadline - Date.now(), 1)) });
        const text = await response.text();
        if (!response.ok) throw new Error(`workerd answered ${response.status}: ${text}\n${output}`);
        return JSON.parse(text);
      } catch (error) {
        const refused = (error as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED";
        if (!refused || Date.now() > deadline) throw new Error(`workerd: ${(error as Error).message}\n${output}`);
        await delay(100);
      }
    }
  } finally {
    child.kill();
    await exited;
  }
}
