// The Prism launcher (`./prism`, what --mock and every Prism-backed test run) never leaves a mock
// behind: not after a normal stop, not after a start that fails, times out or is cancelled, and
// not after the process that started it is killed.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isListening, isRunning, processesMentioning } from "@image-sdk/test-support/process-probe";
import { describe, expect, type TestContext, test, vi } from "vitest";
import { startPrism } from "../src/prism/start-prism.ts";

const fixture = fileURLToPath(new URL("./fixtures/start-prism-and-wait.ts", import.meta.url));

type Cleanup = TestContext["onTestFinished"];

function privateDirectory(onTestFinished: Cleanup): string {
  const directory = mkdtempSync(join(tmpdir(), "prism-launcher-"));
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

/** A small document of its own, so only the mock under test has its path on its command line. */
function privateDocument(onTestFinished: Cleanup): string {
  const document = join(privateDirectory(onTestFinished), "openapi.json");
  const answer = { description: "ok", content: { "application/json": { example: { ok: true } } } };
  const paths = { "/ping": { get: { responses: { "200": answer } } } };
  writeFileSync(document, JSON.stringify({ openapi: "3.1.0", info: { title: "ping", version: "1" }, paths }));
  return document;
}

async function expectNothingLeft(document: string, pid: number, url?: string) {
  await vi.waitFor(
    async () => {
      expect(isRunning(pid)).toBe(false);
      expect(processesMentioning(document)).toEqual([]);
      if (url) expect(await isListening(url)).toBe(false);
    },
    { timeout: 10_000, interval: 100 },
  );
}

function startKillableRun(
  document: string,
  onTestFinished: Cleanup,
): Promise<{ run: ChildProcess; pid: number; url: string }> {
  const run = spawn(process.execPath, [fixture, document], { stdio: ["ignore", "pipe", "pipe"] });
  onTestFinished(() => void run.kill("SIGKILL"));
  return new Promise((resolve, reject) => {
    let output = "";
    run.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const line = output.split("\n").find((candidate) => candidate.startsWith("{"));
      if (line) resolve({ run, ...(JSON.parse(line) as { pid: number; url: string }) });
    });
    run.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    run.once("exit", (code, signal) =>
      reject(new Error(`fixture exited (${signal ?? code}) before starting Prism:\n${output}`)),
    );
  });
}

// Concurrent: each test waits on its own Prism start, and they share nothing.
describe.concurrent("Prism launcher", () => {
  test("serves the document on loopback; stop() ends the process and frees the port", async ({ onTestFinished }) => {
    const document = privateDocument(onTestFinished);
    const server = await startPrism({ document });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${server.url}/ping`)).json()).toEqual({ ok: true });
    expect(processesMentioning(document)).toEqual([server.pid]);

    await server.stop();
    await server.stop();
    await expectNothingLeft(document, server.pid, server.url);
  });

  test("a start that fails names the document and the reason, and leaves no process", async ({ onTestFinished }) => {
    const missing = join(privateDirectory(onTestFinished), "missing-openapi.json");

    const failure = startPrism({ document: missing });
    await expect(failure).rejects.toThrow(`Prism mock for ${missing} did not start: it exited (code 1)`);
    await expect(failure).rejects.toThrow(/ENOENT/);
    expect(processesMentioning(missing)).toEqual([]);
  });

  test("a start that outlasts its timeout fails saying so, and leaves no process", async ({ onTestFinished }) => {
    const document = privateDocument(onTestFinished);
    const failure = startPrism({ document, startTimeoutMs: 1 });
    await expect(failure).rejects.toThrow(
      `Prism mock for ${document} did not start: no "Prism is listening" line within 1 ms`,
    );
    await vi.waitFor(() => expect(processesMentioning(document)).toEqual([]), { timeout: 10_000, interval: 100 });
  });

  test("a start cancelled by its signal fails saying so, and leaves no process", async ({ onTestFinished }) => {
    const document = privateDocument(onTestFinished);
    const controller = new AbortController();
    const failure = startPrism({ document, signal: controller.signal });
    controller.abort();
    await expect(failure).rejects.toThrow(`Prism mock for ${document} did not start: cancelled`);
    await vi.waitFor(() => expect(processesMentioning(document)).toEqual([]), { timeout: 10_000, interval: 100 });
  });

  test.for(["SIGKILL", "SIGTERM", "SIGINT", "SIGHUP"] as const)(
    "a run killed by %s leaves no Prism process or listening port behind",
    async (signal, { onTestFinished }) => {
      const document = privateDocument(onTestFinished);
      const { run, pid, url } = await startKillableRun(document, onTestFinished);
      expect(isRunning(pid)).toBe(true);
      expect(await isListening(url)).toBe(true);

      const exited = new Promise<NodeJS.Signals | null>((resolve) => run.once("exit", (_code, how) => resolve(how)));
      run.kill(signal);
      // The run dies by the signal (the launcher's handler re-raises it after cleaning up).
      expect(await exited).toBe(signal);
      await expectNothingLeft(document, pid, url);
    },
  );
});
