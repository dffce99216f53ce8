// The harness never leaves a Prism mock behind: not after a normal stop, not after a start that
// fails, and not after the process that started it is killed.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, type TestContext, test, vi } from "vitest";
import { isListening, isRunning, processesMentioning } from "../../src/prism/process-probe.ts";
import { startPrism } from "../../src/prism/start-prism.ts";
import { contractProvider } from "../../src/providers/contract-providers.ts";

const fixture = fileURLToPath(new URL("./fixtures/start-prism-and-wait.ts", import.meta.url));

/** A private copy of a bundled document, so only the mock under test has it on its command line. */
type Cleanup = TestContext["onTestFinished"];

function privateDocument(onTestFinished: Cleanup): string {
  const directory = mkdtempSync(join(tmpdir(), "contract-prism-"));
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
  const document = join(directory, "openapi.json");
  copyFileSync(contractProvider("novita").paths.document, document);
  return document;
}

async function expectNothingLeft(document: string, pid: number, url: string) {
  await vi.waitFor(
    async () => {
      expect(isRunning(pid)).toBe(false);
      expect(processesMentioning(document)).toEqual([]);
      expect(await isListening(url)).toBe(false);
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
describe.concurrent("Prism harness", () => {
  test("stop() ends the process and frees the port", async ({ onTestFinished }) => {
    const document = privateDocument(onTestFinished);
    const server = await startPrism({ document });
    expect(await isListening(server.url)).toBe(true);
    expect(processesMentioning(document)).toEqual([server.pid]);

    await server.stop();
    await server.stop();
    await expectNothingLeft(document, server.pid, server.url);
  });

  test("a start that fails names the document and the reason, and leaves no process", async ({ onTestFinished }) => {
    const directory = mkdtempSync(join(tmpdir(), "contract-prism-"));
    onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
    const missing = join(directory, "missing-openapi.json");

    const failure = startPrism({ document: missing });
    await expect(failure).rejects.toThrow(`Prism mock for ${missing} did not start: it exited (code 1)`);
    await expect(failure).rejects.toThrow(/ENOENT/);
    expect(processesMentioning(missing)).toEqual([]);
  });

  test.for(["SIGKILL", "SIGTERM", "SIGINT", "SIGHUP"] as const)(
    "a test run killed by %s leaves no Prism process or listening port behind",
    async (signal, { onTestFinished }) => {
      const document = privateDocument(onTestFinished);
      const { run, pid, url } = await startKillableRun(document, onTestFinished);
      expect(isRunning(pid)).toBe(true);
      expect(await isListening(url)).toBe(true);

      const exited = new Promise<NodeJS.Signals | null>((resolve) => run.once("exit", (_code, how) => resolve(how)));
      run.kill(signal);
      // The run dies by the signal (our handler re-raises it after cleaning up).
      expect(await exited).toBe(signal);
      await expectNothingLeft(document, pid, url);
    },
  );
});
