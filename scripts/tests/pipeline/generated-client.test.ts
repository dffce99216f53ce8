// The generate step and @image-sdk/core on an OpenAPI 3.1 fixture with the features a generated
// client must handle (fixtures/gallery-3.1.json): the real step writes openapi.ts, errors.ts and
// provider.ts into a scratch repo; the TypeScript compiler checks typed calls against them
// (fixtures/gallery-usage/usage.ts); the runtime makes every call on a loopback server.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ApiClient, type ApiError, type ClientOptions, MissingApiKeyError } from "@image-sdk/core";
import { createApiClient, type ProviderConfig } from "@image-sdk/core/internal";
import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTypes } from "../../pipeline/generate-types.ts";
import { typeErrors } from "./type-errors.ts";

const here = dirname(fileURLToPath(import.meta.url));

let root: string;
let generated: string;
let provider: ProviderConfig;
let server: TestServer;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "gallery-"));
  await mkdir(join(root, "specs", "gallery"), { recursive: true });
  await writeFile(join(root, "specs", "gallery", "source.yaml"), "entry: openapi.json\n");
  await mkdir(join(root, "packages", "gallery"), { recursive: true });
  await copyFile(join(here, "fixtures", "gallery-3.1.json"), join(root, "packages", "gallery", "openapi.json"));
  await generateTypes("gallery", root);
  generated = join(root, "packages", "gallery", "src", "generated");
  provider = ((await import(join(generated, "provider.ts"))) as { provider: ProviderConfig }).provider;
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

// The runtime half calls by path text; the typed half is fixtures/gallery-usage/usage.ts.
type RawResult = { data?: unknown; error?: ApiError; response: Response };
type AnyClient = Record<keyof ApiClient<{}>, (path: string, init?: object) => Promise<RawResult>>;
const credentials = { username: "ada", password: "pa ss:wörd-ok", apiKey: "gal-key-77f1a0" };
const client = (options: ClientOptions = {}) =>
  createApiClient(provider, { baseUrl: server.url, retryDelay: 1, ...options }) as unknown as AnyClient;
const photo = { id: "p1", kind: "photo", size: [2, 1] };
const p1 = { params: { path: { photoId: "p1" } } };

describe("the generated provider configuration", () => {
  it("names the environment variables after the provider", () => {
    expect(provider.name).toBe("Gallery");
    expect(provider.env).toEqual({
      apiKey: "GALLERY_API_KEY",
      username: "GALLERY_USERNAME",
      password: "GALLERY_PASSWORD",
      baseUrl: "GALLERY_BASE_URL",
    });
  });

  it("type-checks typed calls of every method, Blob/text/empty responses and 3.1 schemas", async () => {
    await copyFile(join(here, "fixtures", "gallery-usage", "usage.ts"), join(generated, "usage.ts"));
    const diagnostics = typeErrors(join(generated, "usage.ts"), root);
    expect(diagnostics).toEqual([]);
  });
});

describe("servers", () => {
  it("uses servers[0] with its variables' defaults, and a path's own servers", async () => {
    const urls: string[] = [];
    const recording = createApiClient(provider, {
      fetch: async (url) => {
        urls.push(String(url));
        return new Response("[]", { headers: { "content-type": "application/json" } });
      },
    }) as unknown as AnyClient;
    await recording.GET("/photos", { params: { query: { limit: 2 } } });
    await recording.GET("/photos/{photoId}/raw", p1);
    expect(urls).toEqual(["https://eu.gallery.example/v2/photos?limit=2", "https://cdn.gallery.example/photos/p1/raw"]);
  });
});

describe("auth from securitySchemes", () => {
  it("sends nothing for an operation without security, and needs no credentials for it", async () => {
    server.handle((_request, response) => sendJson(response, 200, [photo]));
    const { data } = await client().GET("/photos", { params: { query: { limit: 2, tag: ["a", "b"] } } });
    expect(data).toEqual([photo]);
    expect(server.requests[0]!.url).toBe("/photos?limit=2&tag=a&tag=b");
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("refuses an operation that needs credentials before sending, naming the variables", async () => {
    server.handle((_request, response) => sendJson(response, 200, photo));
    await expect(client().DELETE("/photos/{photoId}", p1)).rejects.toThrow(MissingApiKeyError);
    await expect(client().DELETE("/photos/{photoId}", p1)).rejects.toThrow(
      "Gallery: this operation needs a username and password: pass { username, password } to the client or set GALLERY_USERNAME and GALLERY_PASSWORD.",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("HTTP Basic from username and password", async () => {
    server.handle((_request, response) => void response.writeHead(204).end());
    await client(credentials).DELETE("/photos/{photoId}", p1);
    const expected = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
    expect(server.requests[0]!.headers.authorization).toBe(expected);
  });

  it("the first alternative the credentials satisfy: bearer with a key, else basic", async () => {
    server.handle((_request, response) => sendJson(response, 200, photo));
    await client({ apiKey: credentials.apiKey }).GET("/photos/{photoId}", p1);
    await client({ username: "ada", password: "pw" }).GET("/photos/{photoId}", p1);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${credentials.apiKey}`,
      `Basic ${Buffer.from("ada:pw").toString("base64")}`,
    ]);
  });

  it("apiKey in the query string and in a cookie, both of one requirement", async () => {
    server.handle((_request, response) => sendJson(response, 200, { user: "ada" }));
    const { data } = await client(credentials).GET("/session");
    expect(data).toEqual({ user: "ada" });
    expect(server.requests[0]!.url).toBe(`/session?api_key=${credentials.apiKey}`);
    expect(server.requests[0]!.headers.cookie).toBe(`session=${credentials.apiKey}`);
  });

  it("keeps a query-string key out of an error's URL and message", async () => {
    server.handle((_request, response) => sendJson(response, 400, { code: "bad_query" }));
    const { error } = await client(credentials).POST("/search", { body: { q: "cats" } });
    expect(error!.url).toBe(`${server.url}/search?api_key=[redacted]`);
    expect(JSON.stringify(error) + error!.message).not.toContain(credentials.apiKey);
  });
});

describe("request bodies by documented media type", () => {
  it("multipart/form-data with a Blob file part", async () => {
    server.handle((_request, response) => sendJson(response, 201, photo));
    const file = new Blob(["\x89PNG-bytes"], { type: "image/png" });
    const { data } = await client(credentials).POST("/photos", { body: { file, title: "a cat", tags: ["x", "y"] } });
    expect(data).toEqual(photo);
    const { headers, body } = server.requests[0]!;
    expect(headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(body).toContain('name="file"');
    expect(body).toContain("PNG-bytes");
    expect(body.match(/name="tags"/g)).toHaveLength(2);
  });

  it("application/merge-patch+json", async () => {
    server.handle((_request, response) => sendJson(response, 200, { ...photo, title: null }));
    const { data } = await client(credentials).PATCH("/photos/{photoId}", { ...p1, body: { title: null } });
    expect(data).toEqual({ ...photo, title: null });
    expect(server.requests[0]!.headers["content-type"]).toBe("application/merge-patch+json");
    expect(server.requests[0]!.body).toBe('{"title":null}');
  });

  it("application/x-www-form-urlencoded", async () => {
    server.handle((_request, response) => sendJson(response, 200, []));
    await client(credentials).POST("/search", { body: { q: "cats & dogs", page: 2 } });
    expect(server.requests[0]!.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(server.requests[0]!.body).toBe("q=cats+%26+dogs&page=2");
  });

  it("application/octet-stream, and a 202 without content", async () => {
    server.handle((_request, response) => void response.writeHead(202).end());
    const result = await client(credentials).PUT("/photos/{photoId}/raw", {
      ...p1,
      body: new TextEncoder().encode("raw-bytes"),
    });
    expect(result.error).toBeUndefined();
    expect(result.data).toBeUndefined();
    expect(server.requests[0]!.headers["content-type"]).toBe("application/octet-stream");
    expect(server.requests[0]!.body).toBe("raw-bytes");
  });
});

describe("responses by documented media type", () => {
  it("image/png as a Blob, byte for byte", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
    server.handle((_request, response) => void response.writeHead(200, { "content-type": "image/png" }).end(png));
    const { data } = await client().GET("/photos/{photoId}/raw", p1);
    expect(data).toBeInstanceOf(Blob);
    expect(Buffer.from(await (data as Blob).arrayBuffer())).toEqual(png);
  });

  it("text/plain as a string", async () => {
    server.handle((_request, response) => void response.writeHead(200, { "content-type": "text/plain" }).end("A cat."));
    expect((await client().GET("/photos/{photoId}/caption", p1)).data).toBe("A cat.");
  });

  it("204 (DELETE), HEAD and OPTIONS without content", async () => {
    server.handle(
      (request, response) =>
        void response.writeHead(request.method === "HEAD" ? 200 : 204, { allow: "GET, POST, OPTIONS" }).end(),
    );
    const deleted = await client(credentials).DELETE("/photos/{photoId}", p1);
    const head = await client(credentials).HEAD("/photos/{photoId}", p1);
    const options = await client().OPTIONS("/photos");
    for (const result of [deleted, head, options]) {
      expect(result.error).toBeUndefined();
      expect(result.data).toBeUndefined();
    }
    expect(options.response.headers.get("allow")).toBe("GET, POST, OPTIONS");
    expect(server.requests.map((r) => r.method)).toEqual(["DELETE", "HEAD", "OPTIONS"]);
  });
});

describe("errors from the documented envelope (no x-image-sdk-error-code)", () => {
  it("reads the derived code property, for a documented status and for a default response", async () => {
    server.handle((request, response) =>
      request.url.startsWith("/photos/")
        ? sendJson(response, 404, { code: "photo_not_found", message: "No photo with that id" })
        : sendJson(response, 418, { code: "try_later", message: "Busy" }),
    );
    const missing = await client(credentials).GET("/photos/{photoId}", p1);
    expect(missing.error).toMatchObject({ status: 404, code: "photo_not_found" });
    const other = await client().GET("/photos");
    expect(other.error).toMatchObject({ status: 418, code: "try_later" });
    expect(other.error!.message).toBe(`418 try_later: Busy (GET ${server.url}/photos)`);
  });
});

describe("retries by method", () => {
  it("re-sends an idempotent DELETE after a 500, never a PATCH", async () => {
    let n = 0;
    server.handle((_request, response) =>
      n++ === 0 ? sendJson(response, 500, { code: "oops" }) : void response.writeHead(204).end(),
    );
    expect((await client(credentials).DELETE("/photos/{photoId}", p1)).error).toBeUndefined();
    expect(server.requests).toHaveLength(2);
    server.handle((_request, response) => sendJson(response, 500, { code: "oops" }));
    const { error } = await client(credentials).PATCH("/photos/{photoId}", { ...p1, body: { title: "x" } });
    expect(error?.status).toBe(500);
    expect(server.requests).toHaveLength(1);
  });
});

it("reads the fixture it says it does", async () => {
  const document = JSON.parse(await readFile(join(here, "fixtures", "gallery-3.1.json"), "utf8"));
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.webhooks)).toEqual(["photoProcessed"]);
});
