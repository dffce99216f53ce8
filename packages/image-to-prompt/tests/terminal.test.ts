// The command on a real terminal: util-linux `script` gives it a pseudo-terminal, xterm.js (headless)
// renders what it writes, and the tests read the screen.

import { readFile } from "node:fs/promises";
import { startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { processesMentioning } from "@image-sdk/test-support/process-probe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, commandPids, runInTerminal, samplePath } from "./command.ts";

// SGR colour sequences (ESC [ … m with a colour parameter); cursor movement is not colour.
const colour = new RegExp(`${String.fromCharCode(27)}\\[(?:\\d+;)*(?:3[0-7]|9[0-7]|38;[25];[\\d;]+)m`);
const ourPrism = "image-to-prompt/dist/prism-process.js";
let images: TestServer;

beforeAll(async () => {
  const png = await readFile(samplePath);
  images = await startTestServer();
  images.handle((_request, response) => {
    response.writeHead(200, { "content-type": "image/png" }).end(png);
  });
});
afterAll(() => images?.close());

async function waitUntilGone(text: string, timeoutMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = processesMentioning(text);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the progress display", () => {
  it("shows each image, the Freepik task while it is polled, then every prompt, in colour", async () => {
    const url = `${images.url}/sea.png`;
    const session = runInTerminal(["--mock", "--poll-interval", "1500", samplePath, url]);
    // Flamel cannot take the file's bytes, so Freepik is asked, and its task shows while polled.
    await session.waitForScreen(/Freepik task [\w-]+: CREATED/);
    expect(await session.exited).toBe(0);
    const screen = (await session.screen()).join("\n");
    expect(screen).toMatch(new RegExp(`✔ ${samplePath.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} \\(freepik\\)`));
    expect(screen).toContain(`✔ ${url} (flamel)`);
    expect(screen).toMatch(/sea\.png \(freepik\): \S+/);
    expect(session.raw).toMatch(colour);
    expect(await waitUntilGone(ourPrism)).toEqual([]);
  });

  it("has no colour when NO_COLOR is set", async () => {
    const session = runInTerminal(["--mock", "--provider", "novita", samplePath], cleanEnv({ NO_COLOR: "1" }));
    expect(await session.exited).toBe(0);
    expect((await session.screen()).join("\n")).toContain(`✔ ${samplePath} (novita)`);
    expect(session.raw).not.toMatch(colour);
  });
});

it("Ctrl-C during a Freepik poll cancels the call, stops the mocks and exits 130 without a stack trace", async () => {
  // A long interval: the command is waiting for the next status check when Ctrl-C comes.
  const session = runInTerminal(["--mock", "--provider", "freepik", "--poll-interval", "600000", samplePath]);
  await session.waitForScreen(/Freepik task [\w-]+: CREATED/);
  expect(processesMentioning(ourPrism)).not.toEqual([]);
  const typedAt = Date.now();
  session.type("\x03");
  expect(await session.exited).toBe(130);
  // Cancelled, not left to wait out the 10-minute interval.
  expect(Date.now() - typedAt).toBeLessThan(30_000);
  const screen = (await session.screen()).join("\n");
  expect(screen).toContain("interrupted (SIGINT)");
  expect(screen).not.toMatch(/^\s+at /m);
  expect(await waitUntilGone(ourPrism)).toEqual([]);
});

it("a kill -9 of the command still leaves no mock behind (each mock exits when its pipe closes)", async () => {
  const session = runInTerminal(["--mock", "--provider", "freepik", "--poll-interval", "600000", samplePath]);
  await session.waitForScreen(/Freepik task [\w-]+: CREATED/);
  const [pid, ...others] = commandPids();
  expect(others).toEqual([]);
  expect(processesMentioning(ourPrism)).not.toEqual([]);
  process.kill(pid!, "SIGKILL");
  await session.exited;
  expect(await waitUntilGone(ourPrism)).toEqual([]);
});
