// The command with pipes, as scripts run it: usage errors, --json lines, exit codes, and a batch
// of 20 images with --concurrency 4 measured by the server the images are downloaded from.
import { readFile } from "node:fs/promises";
import { startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providers } from "../src/providers/index.ts";
import { runCli, samplePath } from "./command.ts";

let png: Buffer;
let images: TestServer;
beforeAll(async () => {
  png = await readFile(samplePath);
  images = await startTestServer();
});
afterAll(() => images?.close());

const serveImages = (holdMs = 0) => {
  let inFlight = 0;
  const seen = { maxInFlight: 0 };
  images.handle(async (_request, response) => {
    seen.maxInFlight = Math.max(seen.maxInFlight, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    inFlight--;
    response.writeHead(200, { "content-type": "image/png" }).end(png);
  });
  return seen;
};

describe("usage errors exit 2, naming the problem", () => {
  it.each([
    { args: [], says: "missing required argument 'images'" },
    { args: ["--bogus", samplePath], says: "unknown option '--bogus'" },
    { args: ["--concurrency", "0", samplePath], says: '"0" is not a positive integer' },
    { args: ["--timeout", "soon", samplePath], says: '"soon" is not a positive integer' },
    { args: ["--provider", "acme", samplePath], says: `Allowed choices are ${Object.keys(providers).join(", ")}` },
    { args: ["--fallback", "novita,acme", samplePath], says: 'unknown provider "acme"' },
    { args: ["--provider", "novita", "--fallback", "flamel", samplePath], says: "cannot be used with option" },
  ])("$args", async ({ args, says }) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(says);
    expect(stdout).toBe("");
  });

  it("--help exits 0 and lists the options", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const option of ["--provider", "--fallback", "--json", "--concurrency", "--timeout", "--mock"])
      expect(stdout).toContain(option);
  });
});

describe("--json: one line per image", () => {
  it("prints a parseable line per image with its provider, prompt and attempts, and exits 0", async () => {
    serveImages();
    const url = `${images.url}/sea.png`;
    const { code, stdout, stderr } = await runCli(["--mock", "--json", samplePath, url]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    const byImage = Object.fromEntries(lines.map((line) => [line.image, line]));
    expect(byImage[url]).toMatchObject({ ok: true, provider: "flamel", attempts: [{ provider: "flamel", ok: true }] });
    // The file's bytes: Flamel refuses them before sending anything, so Freepik is asked.
    expect(byImage[samplePath]).toMatchObject({
      ok: true,
      provider: "freepik",
      taskId: expect.any(String),
      attempts: [
        { provider: "flamel", ok: false, error: { name: "InvalidInputError" } },
        { provider: "freepik", ok: true },
      ],
    });
    expect(byImage[samplePath].prompt).toEqual(expect.any(String));
  });

  it("exits 1 when some image failed, and its line says which image, which provider and why", async () => {
    const missing = `${samplePath}.missing.png`;
    const { code, stdout } = await runCli(["--mock", "--json", "--provider", "novita", samplePath, missing]);
    expect(code).toBe(1);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.find((line) => line.image === samplePath)).toMatchObject({ ok: true, provider: "novita" });
    expect(lines.find((line) => line.image === missing)).toMatchObject({
      ok: false,
      error: { name: "InvalidInputError", message: expect.stringContaining(`cannot read the image file ${missing}`) },
    });
  });
});

it("without a terminal: a line per prompt on stdout, each failure (image, provider, why) on stderr", async () => {
  serveImages();
  const url = `${images.url}/sea.png`;
  const { code, stdout, stderr } = await runCli(["--mock", "--fallback", "flamel", samplePath, url]);
  expect(code).toBe(1);
  expect(stdout).toMatch(new RegExp(`^${url.replace(/[.?]/g, "\\$&")} \\(flamel\\): \\S`, "m"));
  expect(stderr).toContain(`No provider described ${samplePath}:`);
  expect(stderr).toContain("Flamel: takes an image URL only");
  // No progress display and no colour off a terminal.
  expect(stdout + stderr).not.toContain("\x1b[");
});

it("describes 20 images, 4 at a time (--concurrency 4)", async () => {
  // Novita takes bytes, so each URL is downloaded first: the image server, holding each download
  // for a second, sees how many are in flight at once.
  const seen = serveImages(1_000);
  const urls = Array.from({ length: 20 }, (_, i) => `${images.url}/image-${i}.png`);
  const { code, stdout } = await runCli(["--mock", "--json", "--provider", "novita", "--concurrency", "4", ...urls]);
  expect(code).toBe(0);
  const lines = stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(lines.map((line) => line.image).sort()).toEqual([...urls].sort());
  expect(lines.every((line) => line.ok && line.provider === "novita")).toBe(true);
  expect(images.requests).toHaveLength(20);
  expect(seen.maxInFlight).toBe(4);
});
