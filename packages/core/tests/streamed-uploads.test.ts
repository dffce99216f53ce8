// Streamed uploads: a binary body given as a ReadableStream is sent as it is read (duplex "half"),
// arrives intact, and is never re-sent once fetch has taken it; a file from a path (fileFromPath)
// is file-backed, read from disk when it is sent, binary or multipart.
import { createHash } from "node:crypto";
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LoopbackServer, startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConnectionError } from "../src/index.ts";
import { createApiClient, type ProviderConfig } from "../src/internal.ts";
import { fileFromPath } from "../src/internal-node.ts";

interface Arrival {
  method: string;
  contentType: string | undefined;
  bytes: number;
  sha256: string;
  /** The raw body, kept only when small (multipart checks). */
  text: string | undefined;
}

let server: LoopbackServer;
const arrivals: Arrival[] = [];
let answer: (request: IncomingMessage, reply: ServerResponse) => void;

beforeAll(async () => {
  server = await startLoopbackServer(async (request, reply) => {
    // Hashed as it arrives: the test keeps no copy of a large body either.
    const hash = createHash("sha256");
    const small: Buffer[] = [];
    let bytes = 0;
    try {
      for await (const chunk of request as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
        if (bytes <= 65_536) small.push(chunk);
      }
    } catch {
      return; // the client went away mid-body: no arrival
    }
    arrivals.push({
      method: request.method ?? "",
      contentType: request.headers["content-type"],
      bytes,
      sha256: hash.digest("hex"),
      text: bytes <= 65_536 ? Buffer.concat(small).toString("latin1") : undefined,
    });
    answer(request, reply);
  });
});
afterAll(() => server.close());
afterEach(() => {
  arrivals.length = 0;
});

const ok = (_request: IncomingMessage, reply: ServerResponse) =>
  reply.writeHead(201, { "content-type": "application/json" }).end('{"stored":true}');

const provider = (): ProviderConfig => ({
  name: "Uploads",
  env: { apiKey: "U_API_KEY", username: "U_USERNAME", password: "U_PASSWORD", baseUrl: "U_BASE_URL" },
  servers: [{ url: server.origin }],
  securitySchemes: {},
  operations: {
    "POST /blobs": { request: ["binary", "application/octet-stream"], responses: { 201: "json" } },
    "PUT /blobs": { request: ["binary", "image/png"], responses: { 201: "json" } },
    "POST /forms": { request: ["multipart", "multipart/form-data"], responses: { 201: "json" } },
  },
});
const client = () =>
  createApiClient<Record<string, never>>(provider(), { retryDelay: 1, maxRetryDelay: 5 }) as unknown as Record<
    string,
    (path: string, init: object) => Promise<{ data?: unknown; error?: { status?: number }; response: Response }>
  >;

/** `total` bytes of a repeating pattern, made chunk by chunk as the stream is read (pull). */
function patternStream(total: number, chunk = 256 * 1024): { stream: ReadableStream<Uint8Array>; sha256: string } {
  const block = new Uint8Array(chunk).map((_, i) => (i * 31 + 7) % 251);
  const hash = createHash("sha256");
  for (let sent = 0; sent < total; sent += chunk) hash.update(block.subarray(0, Math.min(chunk, total - sent)));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(block.slice(0, size));
    },
  });
  return { stream, sha256: hash.digest("hex") };
}

describe("a ReadableStream request body", () => {
  it("sends 20 MB as it is read, intact, with the documented media type", async () => {
    answer = ok;
    const size = 20 * 1024 * 1024;
    const { stream, sha256 } = patternStream(size);
    const result = await client().POST!("/blobs", { body: stream });
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ stored: true });
    expect(arrivals).toEqual([
      { method: "POST", contentType: "application/octet-stream", bytes: size, sha256, text: undefined },
    ]);
  }, 120_000);

  it("is not re-sent after a retryable status: the status is the result", async () => {
    // 503 is retried even for a POST (refused before processing), but the stream was sent.
    answer = (_request, reply) => reply.writeHead(503, { "content-type": "application/json" }).end("{}");
    const result = await client().POST!("/blobs", { body: patternStream(4096).stream });
    expect(result.error?.status).toBe(503);
    expect(arrivals).toHaveLength(1);
    // A replayable body is retried on the same answer: the rule above is about the stream.
    const bytes = await client().POST!("/blobs", { body: new Uint8Array(4096) });
    expect(bytes.error?.status).toBe(503);
    expect(arrivals).toHaveLength(1 + 3);
  });

  it("is not re-sent after a dropped connection, and the error says why", async () => {
    // PUT is idempotent: a dropped connection is retried, except with a stream body.
    answer = (request) => request.socket.destroy();
    const sent = client().PUT!("/blobs", { body: patternStream(4096).stream });
    await expect(sent).rejects.toThrow(ConnectionError);
    await expect(sent).rejects.toThrow("Not retried: the request body was a stream, which cannot be sent again.");
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]!.contentType).toBe("image/png");
  });
});

describe("fileFromPath", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "streamed-uploads-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("uploads a file as a binary body and as a multipart part, intact", async () => {
    answer = ok;
    const png = new Uint8Array(2_000_000).fill(7);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const path = join(dir, "big.png");
    await writeFile(path, png);
    const file = await fileFromPath(path);
    expect(file).toMatchObject({ name: "big.png", type: "image/png", size: png.length });
    await client().PUT!("/blobs", { body: file });
    const sha256 = createHash("sha256").update(png).digest("hex");
    expect(arrivals[0]).toMatchObject({ bytes: png.length, sha256 });

    const small = join(dir, "small.png");
    await writeFile(small, png.subarray(0, 12));
    await client().POST!("/forms", { body: { image: await fileFromPath(small), note: "cat" } });
    expect(arrivals[1]!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(arrivals[1]!.text).toContain('name="image"; filename="small.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG');
  }, 60_000);

  it("reads the file when it is sent, not when it is opened (fs.openAsBlob)", async () => {
    const path = join(dir, "later.png");
    await writeFile(path, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const file = await fileFromPath(path);
    // Changed on disk after opening: a file-backed Blob refuses to read it; bytes in memory would not notice.
    await writeFile(path, new Uint8Array(8));
    await utimes(path, new Date(), new Date(Date.now() + 60_000));
    await expect(file.arrayBuffer()).rejects.toThrow();
  });
});
