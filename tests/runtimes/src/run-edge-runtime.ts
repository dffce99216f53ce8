import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { EdgeRuntime, runServer } from "edge-runtime";
import { bundleEntry } from "./worker-bundles.ts";

/**
 * Runs the consumer's edge entry in the Vercel Edge runtime (edge-runtime, the sandbox `next dev`
 * and `vercel dev` use), served on loopback, and asks it for the scenario's results.
 */
export async function runInEdgeRuntime(
  consumer: string,
  scratch: string,
  base: string,
  timeout: number,
): Promise<unknown> {
  const bundle = await bundleEntry(consumer, "edge.mjs", join(scratch, "edge.js"), {
    format: "iife",
    conditions: ["edge-light", "worker", "browser"],
  });
  const runtime = new EdgeRuntime({ initialCode: await readFile(bundle, "utf8") });
  const server = await runServer({ runtime, port: 0, host: "127.0.0.1" });
  try {
    const response = await fetch(`${server.url}?base=${encodeURIComponent(base)}`, {
      signal: AbortSignal.timeout(timeout),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`edge-runtime answered ${response.status}: ${text}`);
    return JSON.parse(text);
  } finally {
    // close() waits for the handler's pending work: bounded, in case the scenario hangs in there.
    await Promise.race([server.close(), delay(5_000)]);
  }
}
