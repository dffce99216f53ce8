// toFile: every kind of upload input becomes a named File with a media type (sniffed from the
// bytes when not given), and a multipart call sends it as a part with that filename and type.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendJson, sendText, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import { InvalidInputError, toFile } from "../src/index.ts";
import { createApiClient, type ProviderConfig } from "../src/internal.ts";
import { fileFromPath } from "../src/internal-node.ts";

const server = useTestServer();

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 ");

describe("toFile", () => {
  it("sniffs the media type of bytes, and names the file", async () => {
    expect(await toFile(png)).toMatchObject({ name: "upload", type: "image/png", size: png.length });
    expect((await toFile(jpeg.buffer, { name: "cat.jpg" })).type).toBe("image/jpeg");
    expect((await toFile(webp)).type).toBe("image/webp");
    expect((await toFile(new Uint8Array([1, 2, 3]))).type).toBe("application/octet-stream");
  });

  it("keeps a Blob's or File's own type and name, and the caller's over both", async () => {
    expect(await toFile(new File([png], "a.png", { type: "image/x-custom" }))).toMatchObject({
      name: "a.png",
      type: "image/x-custom",
    });
    expect(await toFile(new Blob([png]), { name: "b", type: "image/png" })).toMatchObject({
      name: "b",
      type: "image/png",
    });
  });

  it("reads a ReadableStream once, so the body can be re-sent on a retry", async () => {
    const file = await toFile(new Blob([jpeg]).stream());
    expect(file.type).toBe("image/jpeg");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(jpeg);
  });

  it("fetches an http(s) URL's bytes, named by its path, typed by its answer", async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { "content-type": "image/png" });
      response.end(Buffer.from(png));
    });
    expect(await toFile(`${server.url}/img/cat%20one.png`)).toMatchObject({ name: "cat one.png", type: "image/png" });
    server.handle((_request, response) => sendText(response, 404, "gone"));
    await expect(toFile(new URL(`${server.url}/x.png`))).rejects.toThrow(`toFile: ${server.url}/x.png answered 404`);
  });

  it("refuses a string that is no URL (a path: fileFromPath), naming it", async () => {
    await expect(toFile("./cat.png")).rejects.toThrow(InvalidInputError);
    await expect(toFile("./cat.png")).rejects.toThrow('"./cat.png" is not an http(s) URL');
    await expect(toFile(42 as never)).rejects.toThrow("unsupported input [object Number]");
  });

  it("fileFromPath reads a file by its path (Node), named by its base name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "to-file-"));
    try {
      await writeFile(join(dir, "photo.jpg"), jpeg);
      expect(await fileFromPath(join(dir, "photo.jpg"))).toMatchObject({ name: "photo.jpg", type: "image/jpeg" });
      await expect(fileFromPath(join(dir, "missing.jpg"))).rejects.toThrow("missing.jpg does not exist");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a multipart upload", () => {
  it("sends a toFile part with its filename and media type", async () => {
    server.handle((_request, response) => sendJson(response, 201, { ok: true }));
    const provider: ProviderConfig = {
      name: "Uploads",
      env: { apiKey: "U_API_KEY", username: "U_USERNAME", password: "U_PASSWORD", baseUrl: "U_BASE_URL" },
      servers: [{ url: "http://127.0.0.1:9" }],
      securitySchemes: {},
      operations: { "POST /uploads": { request: ["multipart", "multipart/form-data"], responses: { 201: "json" } } },
    };
    const client = createApiClient(provider, { baseUrl: server.url });
    const image = await toFile(png, { name: "cat.png" });
    await client.POST("/uploads" as never, { body: { image, note: "hi" } } as never);
    const [request] = server.requests;
    expect(request!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request!.body).toContain('Content-Disposition: form-data; name="image"; filename="cat.png"');
    expect(request!.body).toContain("Content-Type: image/png");
  });
});

describe("an operation documenting a JSON body and a multipart one", () => {
  const provider: ProviderConfig = {
    name: "Uploads",
    env: { apiKey: "U_API_KEY", username: "U_USERNAME", password: "U_PASSWORD", baseUrl: "U_BASE_URL" },
    servers: [{ url: "http://127.0.0.1:9" }],
    securitySchemes: {},
    operations: {
      "POST /edits": {
        request: ["json", "application/json"],
        fileRequest: ["multipart", "multipart/form-data", ["options"]],
        responses: { 201: "json" },
      },
    },
  };

  it("sends a body holding a file as multipart (JSON would drop the file as {}), its JSON parts as JSON", async () => {
    server.handle((_request, response) => sendJson(response, 201, { ok: true }));
    const client = createApiClient(provider, { baseUrl: server.url });
    const image = await toFile(png, { name: "cat.png" });
    await client.POST("/edits" as never, { body: { image, options: { strength: 0.5 } } } as never);
    await client.POST("/edits" as never, { body: { images: [image], prompt: "sea" } } as never);
    const [single, listed] = server.requests;
    expect(single!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(single!.body).toContain('name="image"; filename="cat.png"\r\nContent-Type: image/png');
    expect(single!.body).toMatch(
      /name="options"; filename="blob"\r\nContent-Type: application\/json\r\n\r\n\{"strength":0.5\}/,
    );
    expect(listed!.body).toContain('name="images"; filename="cat.png"');
  });

  it("sends a body without a file as the first documented type, JSON", async () => {
    server.handle((_request, response) => sendJson(response, 201, { ok: true }));
    const client = createApiClient(provider, { baseUrl: server.url });
    await client.POST("/edits" as never, { body: { image_url: "https://example.com/cat.png" } } as never);
    const [request] = server.requests;
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({ image_url: "https://example.com/cat.png" });
  });
});
