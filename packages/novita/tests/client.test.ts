import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { captureOutput, expectNoKey } from "@image-sdk/test-support/key-redaction";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provider as novitaProvider } from "../src/generated/provider.ts";
import { BadRequestError, createNovitaClient, InvalidInputError, type NovitaApiError } from "../src/index.ts";
import { createNovitaClient as createNodeNovitaClient } from "../src/node.ts";
import {
  gifHeader,
  jpegHeader,
  pngHeader,
  webpExtendedHeader,
  webpLosslessHeader,
  webpLossyHeader,
} from "./image-headers.ts";

const key = "novita-sk-0d15ea5e";
let server: TestServer;
let spec: { servers: { url: string }[]; paths: Record<string, any> };
let onePixelPng: Buffer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  spec = JSON.parse(await readFile(new URL("../openapi.json", import.meta.url), "utf8"));
  const examples = spec.paths["/v3/img2prompt"].post.requestBody.content["application/json"].examples;
  onePixelPng = Buffer.from(
    (Object.values(examples)[0] as { value: { image_file: string } }).value.image_file,
    "base64",
  );
  dir = await mkdtemp(join(tmpdir(), "novita-test-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const client = (options = {}) => createNovitaClient({ apiKey: key, baseUrl: server.url, retryDelay: 5, ...options });
const nodeClient = () => createNodeNovitaClient({ apiKey: key, baseUrl: server.url });
const answerPrompt = () => server.handle((_request, response) => sendJson(response, 200, { prompt: "a single pixel" }));
const sentImage = (i = 0) => JSON.parse(server.requests[i]!.body).image_file as string;

describe("createNovitaClient", () => {
  it("defaults to the spec's server", () => {
    expect(novitaProvider.servers[0]!.url).toBe(spec.servers[0]!.url);
  });

  it("sends the key as Authorization: Bearer", async () => {
    answerPrompt();
    expect(await client().imageToPrompt(onePixelPng)).toBe("a single pixel");
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
  });

  it("types Novita's reason as the error code, without showing the key", async () => {
    server.handle((_request, response) =>
      sendJson(response, 400, {
        code: 400,
        reason: "BILLING_BALANCE_NOT_ENOUGH",
        message: "Balance is not enough",
        metadata: {},
      }),
    );
    const { result: error, output } = await captureOutput(() =>
      client()
        .imageToPrompt(onePixelPng)
        .then(
          () => expect.unreachable(),
          (e: unknown) => e as NovitaApiError,
        ),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.status === 400 && error.code === "BILLING_BALANCE_NOT_ENOUGH").toBe(true);
    expect(error.message).toBe(
      `400 BILLING_BALANCE_NOT_ENOUGH: Balance is not enough (POST ${server.url}/v3/img2prompt)`,
    );
    expectNoKey(error, key);
    expect(output).not.toContain(key);
  });

  it("does not re-send a billed call after a 500", async () => {
    server.handle((_request, response) =>
      sendJson(response, 500, { code: 500, reason: "BILLING_FAILED", message: "Billing failed" }),
    );
    await expect(client().imageToPrompt(onePixelPng)).rejects.toMatchObject({ status: 500, code: "BILLING_FAILED" });
    expect(server.requests).toHaveLength(1);
  });
});

describe("image inputs are base64-encoded by the client", () => {
  const expected = () => onePixelPng.toString("base64");

  it.each([
    ["a Buffer", () => onePixelPng],
    ["a Uint8Array", () => new Uint8Array(onePixelPng)],
    ["an ArrayBuffer", () => new Uint8Array(onePixelPng).buffer],
    ["a Blob", () => new Blob([new Uint8Array(onePixelPng)], { type: "image/png" })],
    ["a data: URL", () => `data:image/png;base64,${onePixelPng.toString("base64")}`],
  ])("from %s", async (_name, image) => {
    answerPrompt();
    await client().imageToPrompt(image());
    expect(sentImage()).toBe(expected());
  });

  it("encodes large inputs (above the argument-count chunk) exactly", async () => {
    answerPrompt();
    const large = new Uint8Array(200_003).map((_, i) => (i * 7919) % 256);
    await client().imageToPrompt(large);
    expect(sentImage()).toBe(Buffer.from(large).toString("base64"));
  });

  it("from a file path, in the Node entry", async () => {
    answerPrompt();
    const file = join(dir, "pixel.png");
    await writeFile(file, onePixelPng);
    await nodeClient().imageToPrompt(file);
    expect(sentImage()).toBe(expected());
  });

  it("refuses a path in the browser-safe entry, pointing to the Node entry", async () => {
    answerPrompt();
    await expect(client().imageToPrompt("./pixel.png")).rejects.toThrow(
      'Novita: a string image must be a data: URL ("data:image/png;base64,…"), got "./pixel.png"; to send a file by path, import createNovitaClient from @image-sdk/novita/node.',
    );
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a data: URL that is not base64", async () => {
    await expect(client().imageToPrompt("data:image/svg+xml,%3Csvg%3E")).rejects.toThrow(
      "the data: URL is not base64-encoded",
    );
    await expect(client().imageToPrompt("data:image/png;base64,@@@@")).rejects.toThrow(
      "the data: URL's data is not valid base64",
    );
  });

  it("reports a missing file by its path, as an InvalidInputError (not a raw ENOENT)", async () => {
    const file = join(dir, "missing.png");
    const error = await nodeClient()
      .imageToPrompt(file)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toBe(`Novita: file ${file} does not exist.`);
  });

  it("reports a directory given as a file, as an InvalidInputError (not a raw EISDIR)", async () => {
    const error = await nodeClient()
      .imageToPrompt(dir)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toBe(`Novita: file ${dir} is a directory, not an image file.`);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["the Node entry", () => nodeClient()],
    ["the browser-safe entry", () => client()],
  ])("refuses an https:// string in %s, saying how to pass the bytes", async (_entry, make) => {
    answerPrompt();
    const error = await make()
      .imageToPrompt("https://example.com/cat.png")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain(
      'image_file takes the image itself, not a URL (got "https://example.com/cat.png")',
    );
    expect((error as Error).message).toContain("pass the bytes");
    expect(server.requests).toHaveLength(0);
  });
});

describe("limits are checked before sending", () => {
  const overSize = 30 * 1024 * 1024 + 1;

  it.each([
    ["bytes", () => new Uint8Array(overSize)],
    ["a Blob", () => new Blob([new Uint8Array(overSize)])],
    ["a data: URL", () => `data:image/png;base64,${Buffer.alloc(overSize).toString("base64")}`],
  ])("over 30 MB as %s", async (_name, image) => {
    answerPrompt();
    const error = await client()
      .imageToPrompt(image())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toBe(
      "Novita: the image is 31457281 bytes (30 MB); the API accepts at most 31457280 bytes (30 MB).",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("over 30 MB as a file, naming the file", async () => {
    answerPrompt();
    const file = join(dir, "huge.png");
    await writeFile(file, "");
    await truncate(file, 31 * 1024 * 1024);
    await expect(nodeClient().imageToPrompt(file)).rejects.toThrow(
      `Novita: file ${file} is 32505856 bytes (31 MB); the API accepts at most 31457280 bytes (30 MB).`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["PNG", "2049×10", pngHeader(2049, 10)],
    ["PNG", "10×4096", pngHeader(10, 4096)],
    ["GIF", "4000×1", gifHeader(4000, 1)],
    ["JPEG", "3000×2000", jpegHeader(3000, 2000)],
    ["WebP", "3000×3000", webpLossyHeader(3000, 3000)],
    ["WebP", "5000×1", webpLosslessHeader(5000, 1)],
    ["WebP", "2049×2049", webpExtendedHeader(2049, 2049)],
  ])("over 2048×2048 as %s %s", async (format, size, header) => {
    answerPrompt();
    const message = `Novita: the image is ${size} (${format}); the API accepts at most 2048×2048.`;
    await expect(client().imageToPrompt(header)).rejects.toThrow(message);
    await expect(
      client().imageToPrompt(`data:image/any;base64,${Buffer.from(header).toString("base64")}`),
    ).rejects.toThrow(message);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["PNG", pngHeader(2048, 2048)],
    ["GIF", gifHeader(2048, 1)],
    ["JPEG", jpegHeader(2048, 2048)],
    ["WebP", webpLossyHeader(2048, 2048)],
    ["WebP", webpLosslessHeader(2048, 2048)],
    ["WebP", webpExtendedHeader(2048, 2048)],
    ["an unknown format", new Uint8Array([1, 2, 3, 4, 5])],
  ])("sends %s at the limit (or unreadable: the API decides)", async (_format, header) => {
    answerPrompt();
    await client().imageToPrompt(header);
    expect(sentImage()).toBe(Buffer.from(header).toString("base64"));
  });
});
