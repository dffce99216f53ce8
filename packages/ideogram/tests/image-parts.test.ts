// Image parts of Ideogram's multipart operations, from every input the README names (a path through
// the Node entry, bytes, a Blob, an http(s) URL), reach a loopback server as file parts named and
// typed, with the key in `Api-Key` and the documented JSON part sent as JSON.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdeogramClient, fileFromPath, InvalidInputError, toFile } from "../src/node.ts";

// A 1×1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const server = useTestServer();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ideogram-parts-"));
  await writeFile(join(dir, "sea.png"), png);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const client = () => createIdeogramClient({ baseUrl: server.url, apiKey: "ideogram-key", maxRetries: 0 });

/** The part named `name` of a multipart body: its headers. */
function partHeaders(body: string, name: string): string {
  const part = body.split(/--[^\r\n]+\r\n/).find((chunk) => chunk.includes(`name="${name}"`));
  return part?.split("\r\n\r\n")[0] ?? "";
}

describe("POST /describe takes an image from", () => {
  it.each([
    { input: "a path (Node entry)", file: () => fileFromPath(join(dir, "sea.png")), name: "sea.png" },
    { input: "bytes", file: () => toFile(new Uint8Array(png), { name: "bytes.png" }), name: "bytes.png" },
    { input: "a Blob", file: () => toFile(new Blob([png]), { name: "blob.png" }), name: "blob.png" },
    { input: "an http(s) URL", file: () => toFile(`${server.url}/images/url.png`), name: "url.png" },
  ])("$input", async ({ file, name }) => {
    server.handle((request, response) => {
      if (request.method === "GET") response.writeHead(200, { "content-type": "image/png" }).end(png);
      else sendJson(response, 200, { descriptions: [{ text: "a calm sea" }] });
    });
    const { data } = await client().POST("/describe", { body: { image_file: await file() } });
    expect(data?.descriptions?.[0]?.text).toBe("a calm sea");
    const upload = server.requests.find((request) => request.method === "POST");
    expect(upload?.url).toBe("/describe");
    expect(upload?.headers["api-key"]).toBe("ideogram-key");
    expect(upload?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const headers = partHeaders(upload?.body ?? "", "image_file");
    expect(headers).toContain(`filename="${name}"`);
    expect(headers).toContain("Content-Type: image/png");
  });
});

it("sends a documented JSON part (`image_request` of /upscale) as JSON", async () => {
  server.handle((_request, response) => sendJson(response, 200, { created: "2024-01-01T00:00:00Z", data: [] }));
  await client().POST("/upscale", {
    body: { image_file: await toFile(new Uint8Array(png)), image_request: { resemblance: 55, detail: 90 } },
  });
  const body = server.requests[0]?.body ?? "";
  expect(partHeaders(body, "image_request")).toContain("application/json");
  expect(body).toContain('{"resemblance":55,"detail":90}');
});

it("refuses a missing file by its path before sending anything", async () => {
  const missing = join(dir, "missing.png");
  await expect(fileFromPath(missing)).rejects.toThrow(InvalidInputError);
  await expect(fileFromPath(missing)).rejects.toThrow(`${missing} does not exist`);
});
