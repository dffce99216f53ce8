// Recraft's image operations document a JSON body (`image_url`) and a multipart one (the `image`
// file): against a loopback server, a body holding a file, from every input the README names (a
// path through the Node entry, bytes, a Blob, an http(s) URL), goes as a multipart file part, and
// a body without one as JSON.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRecraftClient, fileFromPath, toFile } from "../src/node.ts";

// A 1×1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const server = useTestServer();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "recraft-parts-"));
  await writeFile(join(dir, "sea.png"), png);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const client = () => createRecraftClient({ baseUrl: server.url, apiKey: "recraft-key", maxRetries: 0 });
const answer = {
  created: 1,
  credits: 1,
  image: { image_id: "5f0b6a3e-2f5e-4d7b-9a55-1c2b3d4e5f60", url: "https://x/y.png" },
};

describe("POST /v1/images/removeBackground sends an image as a multipart file from", () => {
  it.each([
    { input: "a path (Node entry)", file: () => fileFromPath(join(dir, "sea.png")), name: "sea.png" },
    { input: "bytes", file: () => toFile(new Uint8Array(png), { name: "bytes.png" }), name: "bytes.png" },
    { input: "a Blob", file: () => toFile(new Blob([png]), { name: "blob.png" }), name: "blob.png" },
    { input: "an http(s) URL", file: () => toFile(`${server.url}/images/url.png`), name: "url.png" },
  ])("$input", async ({ file, name }) => {
    server.handle((request, response) => {
      if (request.method === "GET") response.writeHead(200, { "content-type": "image/png" }).end(png);
      else sendJson(response, 200, answer);
    });
    const { data } = await client().POST("/v1/images/removeBackground", { body: { image: await file() } });
    expect(data?.image.url).toBe("https://x/y.png");
    const upload = server.requests.find((request) => request.method === "POST");
    expect(upload?.headers.authorization).toBe("Bearer recraft-key");
    expect(upload?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload?.body).toContain(`name="image"; filename="${name}"\r\nContent-Type: image/png`);
  });
});

it("sends an image URL (no file) as the JSON body", async () => {
  server.handle((_request, response) => sendJson(response, 200, answer));
  await client().POST("/v1/images/removeBackground", { body: { image_url: "https://example.com/sea.png" } });
  const [request] = server.requests;
  expect(request?.headers["content-type"]).toBe("application/json");
  expect(JSON.parse(request?.body ?? "")).toEqual({ image_url: "https://example.com/sea.png" });
});
