// Each kind of image input × each provider, against Prism mocks of the openapi.json each provider
// package ships (started as the contract suite starts them, with --errors, so a request the
// contract forbids fails). What each provider was sent is recorded on its way out.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preferCompletedTasks } from "../src/cli/freepik-mock-completion.ts";
import {
  AllProvidersFailedError,
  describeImage,
  type ImageInput,
  type ProviderName,
  providerNames,
} from "../src/node.ts";
import { type PrismServer, startPrism } from "../src/prism/start-prism.ts";

const require = createRequire(import.meta.url);
const samplePath = fileURLToPath(new URL("../sample/sea.png", import.meta.url));
const documentOf = (provider: ProviderName) => require.resolve(`@image-sdk/${provider}/openapi.json`);

let png: Buffer;
let images: TestServer;
const mocks = new Map<ProviderName, PrismServer>();
const sent: Record<ProviderName, Array<{ method: string; body: string }>> = {
  flamel: [],
  freepik: [],
  novita: [],
  ideogram: [],
};

beforeAll(async () => {
  png = await readFile(samplePath);
  images = await startTestServer();
  images.handle((_request, response) => {
    response.writeHead(200, { "content-type": "image/png" }).end(png);
  });
  await Promise.all(
    providerNames.map(async (name) => mocks.set(name, await startPrism({ document: documentOf(name) }))),
  );
});
afterAll(async () => {
  await Promise.all([...mocks.values()].map((mock) => mock.stop()));
  await images?.close();
});

/** A fetch that records each request's method and body, then sends it with `inner`. */
const recording =
  (provider: ProviderName, inner: typeof fetch = fetch): typeof fetch =>
  async (input, init) => {
    const request = new Request(input, init);
    sent[provider].push({ method: request.method, body: await request.clone().text() });
    return inner(request);
  };

const options = () => ({
  flamel: { baseUrl: mocks.get("flamel")?.url, apiKey: "mock", fetch: recording("flamel") },
  freepik: {
    baseUrl: mocks.get("freepik")?.url,
    apiKey: "mock",
    pollInterval: 10,
    fetch: recording("freepik", preferCompletedTasks(documentOf("freepik"))),
  },
  novita: { baseUrl: mocks.get("novita")?.url, apiKey: "mock", fetch: recording("novita") },
  ideogram: { baseUrl: mocks.get("ideogram")?.url, apiKey: "mock", fetch: recording("ideogram") },
});

const inputKinds: Array<{ kind: string; image: () => ImageInput; isUrl?: boolean }> = [
  { kind: "an http URL", image: () => `${images.url}/sea.png`, isUrl: true },
  { kind: "a Uint8Array", image: () => new Uint8Array(png) },
  { kind: "a Buffer", image: () => png },
  { kind: "an ArrayBuffer", image: () => new Uint8Array(png).buffer },
  { kind: "a Blob", image: () => new Blob([new Uint8Array(png)], { type: "image/png" }) },
  { kind: "a data: URL", image: () => `data:image/png;base64,${png.toString("base64")}` },
  { kind: "a file path (Node entry)", image: () => samplePath },
];

/** The prompt the mock's example gives, read from the document (Flamel's has no example: Prism makes one up). */
async function examplePrompt(provider: ProviderName): Promise<string | undefined> {
  const document = JSON.parse(await readFile(documentOf(provider), "utf8"));
  if (provider === "ideogram") return document.components.schemas.DescribeResponse.example.descriptions[0].text;
  if (provider === "novita") {
    const examples = document.paths["/v3/img2prompt"].post.responses["200"].content["application/json"].examples;
    return (Object.values(examples)[0] as { value: { prompt: string } }).value.prompt;
  }
  if (provider === "freepik") {
    const examples = document.components.examples as Record<
      string,
      { value: { data: { status: string; generated?: string[] } } }
    >;
    return Object.values(examples).find((example) => example.value.data?.status === "COMPLETED")?.value.data
      .generated?.[0];
  }
  return undefined;
}

describe.each(providerNames)("%s", (provider) => {
  it.each(inputKinds)("$kind", async ({ image, isUrl }) => {
    sent[provider].length = 0;
    const outcome = await describeImage(image(), { ...options(), provider }).catch((error: unknown) => error);
    // Ideogram's body is multipart (checked below), the others' JSON.
    const imageSent = sent[provider]
      .filter(() => provider !== "ideogram")
      .map(({ body }) => JSON.parse(body || "{}"))
      .find((body) => body.image ?? body.image_file);

    if (provider === "flamel" && !isUrl) {
      // Flamel takes URLs only: a clear error, and nothing sent.
      expect(outcome).toBeInstanceOf(AllProvidersFailedError);
      expect((outcome as AllProvidersFailedError).attempts[0]?.error).toMatchObject({
        name: "InvalidInputError",
        message: expect.stringContaining("Flamel: takes an image URL only"),
      });
      expect(sent.flamel).toEqual([]);
      return;
    }
    expect(outcome).toMatchObject({ provider, attempts: [{ provider, ok: true }] });
    const result = outcome as { prompt: string; taskId?: string };
    const expected = await examplePrompt(provider);
    if (expected === undefined) expect(result.prompt).toEqual(expect.any(String));
    else expect(result.prompt).toBe(expected);

    const base64 = png.toString("base64");
    if (provider === "flamel") expect(imageSent).toEqual({ image: `${images.url}/sea.png` });
    if (provider === "freepik") {
      expect(imageSent).toEqual({ image: isUrl ? `${images.url}/sea.png` : base64 });
      expect(result.taskId).toEqual(expect.any(String));
      // Created, then polled until the mock's completed task.
      expect(sent.freepik.map(({ method }) => method)).toEqual(["POST", "GET"]);
    }
    // Novita takes base64 only: a URL was downloaded first.
    if (provider === "novita") expect(imageSent).toEqual({ image_file: base64 });
    // Ideogram takes the file only: a URL was downloaded first, then uploaded as a PNG part.
    if (provider === "ideogram") {
      expect(sent.ideogram).toHaveLength(1);
      expect(sent.ideogram[0]?.body).toMatch(/name="image_file"; filename="[^"]+"\r\nContent-Type: image\/png/);
    }
  });
});
