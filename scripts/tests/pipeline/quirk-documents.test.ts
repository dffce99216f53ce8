// The generate step and @image-sdk/core on the quirk documents (scripts/tests/fixtures/
// quirk-documents/): what vendors' documents contain and the Gallery fixture does not. Each is
// generated into a scratch repo; the compiler checks typed calls against the result (one usage
// file over all three), and the runtime makes calls on a loopback server.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ApiClient, type ClientOptions, InvalidOptionError, UnsendableRequestError } from "@image-sdk/core";
import { createApiClient, type ProviderConfig } from "@image-sdk/core/internal";
import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateTypes } from "../../pipeline/generate-types.ts";
import { typeErrors } from "./type-errors.ts";

const fixtures = new URL("../fixtures/quirk-documents/", import.meta.url);
/** Scratch provider name → fixture document. */
const documents = {
  sketchbook: "path-variants.openapi.json",
  palette: "server-variables-and-auth.openapi.yaml",
  motif: "schema-kinds.openapi.json",
  stencil: "discriminators.openapi.yaml",
} as const;
type Name = keyof typeof documents;

let root: string;
const providers = {} as Record<Name, ProviderConfig>;
let server: TestServer;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "quirks-"));
  for (const [name, file] of Object.entries(documents) as [Name, string][]) {
    const text = await readFile(new URL(file, fixtures), "utf8");
    const document = file.endsWith(".yaml") ? parse(text) : JSON.parse(text);
    await mkdir(join(root, "specs", name), { recursive: true });
    await writeFile(join(root, "specs", name, "source.yaml"), "entry: openapi.json\n");
    await mkdir(join(root, "packages", name), { recursive: true });
    await writeFile(join(root, "packages", name, "package.json"), JSON.stringify({ name, version: "0.0.0" }));
    await writeFile(join(root, "packages", name, "openapi.json"), JSON.stringify(document));
    await generateTypes(name, root);
    const module = join(root, "packages", name, "src", "generated", "provider.ts");
    providers[name] = ((await import(module)) as { provider: ProviderConfig }).provider;
  }
  server = await startTestServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

type RawResult = { data?: unknown; error?: Error & { status?: number; body?: unknown }; response: Response };
type AnyClient = Record<keyof ApiClient<{}>, (path: string, init?: object) => Promise<RawResult>>;
const client = (name: Name, options: ClientOptions = {}) =>
  createApiClient(providers[name], { baseUrl: server.url, retryDelay: 1, ...options }) as unknown as AnyClient;

describe("typed calls over the generated clients", () => {
  it("type-check, and what the document does not allow does not", async () => {
    const usage = `
import { createSketchbookClient } from "./packages/sketchbook/src/generated/client.ts";
import type { operations } from "./packages/sketchbook/src/generated/openapi.ts";
import { createPaletteClient } from "./packages/palette/src/generated/client.ts";
import { createMotifClient } from "./packages/motif/src/generated/client.ts";
import { createStencilClient } from "./packages/stencil/src/generated/client.ts";
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_: T) => {};

export async function sketchbook() {
  const client = createSketchbookClient({ baseUrl: "https://sketchbook.example" });
  // The key header is filled from apiKey: optional in the types.
  const list = await client.GET("/sketches");
  expectType<Equals<typeof list.data, { id: string; title: string; tags?: string[] }[] | undefined>>(true);
  // @ts-expect-error a GET sends no body, whatever the document says
  await client.GET("/sketches", { body: { tag: "x" } });
  // Path variants told apart by their suffix keep their own bodies.
  const png = await client.POST("/render?format=png", { body: { id: "s1", dpi: 300 } });
  expectType<Equals<typeof png.data, Blob | undefined>>(true);
  await client.POST("/render#svg", { body: { id: "s1", stroke: 2 } });
  // @ts-expect-error the SVG variant has no dpi
  await client.POST("/render#svg", { body: { id: "s1", stroke: 2, dpi: 1 } });
}
// Operations without operationId are named from method and path in the types.
type SvgBody = operations["postRenderSvg"]["requestBody"]["content"]["application/json"];
expectType<Equals<SvgBody, { id: string; stroke: number }>>(true);
expectType<Equals<keyof operations, "getSketches" | "postSketches" | "getSketchesById" | "deleteSketchesById" | "postRenderFormatPng" | "postRenderSvg">>(true);

export async function palette() {
  const client = createPaletteClient({ serverVariables: { region: "us" } });
  // @ts-expect-error region is one of the document's enum values
  createPaletteClient({ serverVariables: { region: "mars" } });
  const csv = await client.GET("/palettes/export.csv");
  expectType<Equals<typeof csv.data, string | undefined>>(true);
  const swatch = await client.GET("/palettes/{id}/swatch", { params: { path: { id: "p1" } } });
  expectType<Equals<typeof swatch.data, Blob | undefined>>(true);
  await client.POST("/palettes", {
    body: { image: new Blob(["x"]), settings: { colors: 5, names: ["a"] } },
  });
}

export async function motif() {
  const client = createMotifClient({ baseUrl: "https://motif.example" });
  const made = await client.POST("/motifs", {
    body: { shape: { kind: "circle", radius: 2 }, size: "small", label: null, weight: null, version: 1, seed: 7 },
  });
  if (made.data) {
    expectType<Equals<typeof made.data.shape, "circle" | "square">>(true);
    expectType<Equals<typeof made.data.label, string | null | undefined>>(true);
  }
  // @ts-expect-error const: version is 1
  await client.POST("/motifs", { body: { shape: { kind: "circle", radius: 2 }, size: "small", version: 2 } });
  // @ts-expect-error discriminated: a circle has a radius, not a side
  await client.POST("/motifs", { body: { shape: { kind: "circle", side: 2 }, size: "large" } });
}

export async function stencil() {
  // Two discriminators map circle and round to Circle: both values type-check, the schema is not never.
  const client = createStencilClient();
  await client.POST("/stencils", { body: { kind: "circle", radius: 1 } });
  const made = await client.POST("/stencils", { body: { kind: "round", radius: 1 } });
  if (made.data && "radius" in made.data) expectType<Equals<typeof made.data.kind, "circle" | "round">>(true);
  // @ts-expect-error a square has a side
  await client.POST("/stencils", { body: { kind: "square", radius: 1 } });
}
`;
    await writeFile(join(root, "usage.ts"), usage);
    expect(typeErrors(join(root, "usage.ts"), root)).toEqual([]);
  }, 60_000);
});

describe("servers", () => {
  it("an empty server URL: the client needs a baseUrl, and says so at creation", () => {
    const create = () => createApiClient(providers.sketchbook, {});
    expect(create).toThrow(InvalidOptionError);
    expect(create).toThrow(
      'Sketchbook: no base URL: the API\'s document gives no server to call (only "", not an absolute URL). Pass the baseUrl option or set the SKETCHBOOK_BASE_URL environment variable.',
    );
  });

  it("no servers at all: the same, and SKETCHBOOK_BASE_URL-style variables are read", async () => {
    expect(() => createApiClient(providers.motif, {})).toThrow(
      "Motif: no base URL: the API's document gives no server to call (none). Pass the baseUrl option or set the MOTIF_BASE_URL environment variable.",
    );
    process.env.MOTIF_BASE_URL = server.url;
    try {
      server.handle((_request, response) => sendJson(response, 201, { id: "m1", shape: "circle" }));
      const made = (createApiClient(providers.motif, {}) as unknown as AnyClient).POST("/motifs", { body: {} });
      expect((await made).data).toEqual({ id: "m1", shape: "circle" });
    } finally {
      delete process.env.MOTIF_BASE_URL;
    }
  });

  it("server variables: defaults, chosen values, and a path's and an operation's own servers", async () => {
    const urls: string[] = [];
    const recording = (options: ClientOptions = {}) =>
      createApiClient(providers.palette, {
        apiKey: "k",
        fetch: async (url) => {
          urls.push(String(url));
          return new Response(null, { status: 204 });
        },
        ...options,
      }) as unknown as AnyClient;
    await recording().GET("/palettes/export.csv");
    await recording({ serverVariables: { region: "us", version: "v3" } }).GET("/palettes/export.csv");
    await recording().GET("/palettes/{id}/swatch", { params: { path: { id: "p1" } } });
    await recording().PUT("/uploads", { body: new Uint8Array([1, 2]) });
    expect(urls).toEqual([
      "https://eu.palette.example/v2/palettes/export.csv",
      "https://us.palette.example/v3/palettes/export.csv",
      "https://cdn.palette.example/palettes/p1/swatch",
      "https://upload.palette.example/uploads",
    ]);
    expect(() => createApiClient(providers.palette, { serverVariables: { regoin: "us" } })).toThrow(
      "Palette: option serverVariables.regoin is not a server variable; its servers' variables: region, version.",
    );
  });
});

describe("operations", () => {
  it("path keys with ?query and #fragment suffixes: the URL is the part before it", async () => {
    server.handle((_request, response) => void response.writeHead(200, { "content-type": "image/png" }).end("PNG"));
    const sketchbook = client("sketchbook", { apiKey: "sk-1" });
    const png = await sketchbook.POST("/render?format=png", { body: { id: "s1" } });
    const svg = await sketchbook.POST("/render#svg", { body: { id: "s1", stroke: 1 } });
    expect(png.data).toBeInstanceOf(Blob);
    expect(svg.data).toBeInstanceOf(Blob);
    expect(server.requests.map((request) => request.url)).toEqual(["/render", "/render"]);
  });

  it("a request body on GET is refused before sending, naming method and path, never a ConnectionError", async () => {
    server.handle((_request, response) => sendJson(response, 200, []));
    const call = client("sketchbook", { apiKey: "sk-1" }).GET("/sketches", { body: { tag: "x" } });
    await expect(call).rejects.toThrow(UnsendableRequestError);
    await expect(call).rejects.toMatchObject({ code: "body_not_allowed", method: "GET", path: "/sketches" });
    await expect(call).rejects.toThrow(/^Sketchbook: GET \/sketches was given a request body, which fetch cannot send/);
    expect(server.requests).toHaveLength(0);
    // Without it, the documented GET works.
    expect((await client("sketchbook", { apiKey: "sk-1" }).GET("/sketches")).data).toEqual([]);
  });
});

describe("auth kinds", () => {
  it("a key documented as a required header parameter, no securitySchemes: filled from apiKey", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "s1", title: "t" }));
    await client("sketchbook", { apiKey: "sk-1" }).GET("/sketches/{id}", { params: { path: { id: "s1" } } });
    expect(server.requests[0]!.headers["x-api-key"]).toBe("sk-1");
    await expect(client("sketchbook").GET("/sketches/{id}", { params: { path: { id: "s1" } } })).rejects.toThrow(
      "Sketchbook: no API key. Pass { apiKey } to the client or set the SKETCHBOOK_API_KEY environment variable.",
    );

    // The header passed as the parameter the document lists also does, with no apiKey.
    await client("sketchbook").GET("/sketches/{id}", {
      params: { path: { id: "s1" }, header: { "X-Api-Key": "own" } },
    });
    expect(server.requests.at(-1)!.headers["x-api-key"]).toBe("own");
  });

  it("an apiKey in Authorization with the prefix the description states (`Token <key>`)", async () => {
    server.handle((_request, response) => void response.writeHead(200, { "content-type": "text/csv" }).end("id\np1\n"));
    const { data } = await client("palette", { apiKey: "pk-9" }).GET("/palettes/export.csv");
    expect(data).toBe("id\np1\n");
    expect(server.requests[0]!.headers.authorization).toBe("Token pk-9");
  });

  it("no security: no key needed, none sent", async () => {
    server.handle((_request, response) => sendJson(response, 200, { ok: true }));
    expect((await client("palette").GET("/status")).data).toEqual({ ok: true });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
    server.handle((_request, response) => sendJson(response, 201, { id: "m", shape: "circle" }));
    expect((await client("motif").POST("/motifs", { body: {} })).data).toEqual({ id: "m", shape: "circle" });
  });
});

describe("bodies and media", () => {
  it("a multipart part whose encoding is application/json is sent as one JSON part", async () => {
    server.handle((_request, response) => sendJson(response, 201, { id: "p1", colors: [] }));
    const settings = { colors: 5, names: ["sky", "sea"] };
    await client("palette", { apiKey: "k" }).POST("/palettes", {
      body: { image: new Blob(["IMG"], { type: "image/png" }), settings, note: "n" },
    });
    const { body } = server.requests[0]!;
    expect(body).toMatch(
      /name="settings"; filename="blob"\r\nContent-Type: application\/json\r\n\r\n\{"colors":5,"names":\["sky","sea"\]\}\r\n/,
    );
    expect(body).toMatch(/name="note"\r\n\r\nn\r\n/);
  });

  it("application/problem+json errors are parsed; binary answers are Blobs", async () => {
    server.handle(
      (_request, response) =>
        void response
          .writeHead(404, { "content-type": "application/problem+json" })
          .end(JSON.stringify({ type: "about:blank", title: "No such palette" })),
    );
    const missing = await client("palette", { apiKey: "k" }).GET("/palettes/{id}/swatch", {
      params: { path: { id: "nope" } },
    });
    expect(missing.error?.status).toBe(404);
    expect(missing.error?.body).toEqual({ type: "about:blank", title: "No such palette" });
  });
});
