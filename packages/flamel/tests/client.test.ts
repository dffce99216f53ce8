import { readFile } from "node:fs/promises";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { captureOutput, expectNoKey } from "@image-sdk/test-support/key-redaction";
import { describe, expect, expectTypeOf, it } from "vitest";
import { provider as flamelProvider } from "../src/generated/provider.ts";
import {
  type CreateImageBody,
  createFlamelClient,
  type FlamelApiError,
  fromCaption,
  NotFoundError,
  PermissionDeniedError,
  UnexpectedResponseError,
} from "../src/index.ts";

const key = "flamel-key-9b1e77";
const server = useTestServer();

const client = (options = {}) => createFlamelClient({ apiKey: key, baseUrl: server.url, retryDelay: 5, ...options });
const created = { images: [], defaultCredit: 1, dailyCredit: 2, monthlyCredit: 3 };

describe("createFlamelClient", () => {
  it("defaults to the spec's server", async () => {
    const spec = JSON.parse(await readFile(new URL("../openapi.json", import.meta.url), "utf8"));
    expect(flamelProvider.servers[0]!.url).toBe(spec.servers[0].url);
  });

  it("sends the key in X-Api-Key and Accept-Language from the options", async () => {
    server.handle((_request, response) => sendJson(response, 201, { captionPrompt: "a cat" }));
    await client().imageToPrompt("https://example.com/cat.png");
    await client({ acceptLanguage: "ko" }).imageToPrompt("https://example.com/cat.png");
    await client({ acceptLanguage: "ko" }).imageToPrompt("https://example.com/cat.png", { acceptLanguage: "ja" });
    expect(
      server.requests.map((r) => [r.headers["x-api-key"], r.headers["accept-language"], r.headers.authorization]),
    ).toEqual([
      [key, "en", undefined],
      [key, "ko", undefined],
      [key, "ja", undefined],
    ]);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ image: "https://example.com/cat.png" });
  });

  it("lets a raw call omit Accept-Language (the client sends it) or override it", async () => {
    server.handle((_request, response) => sendJson(response, 201, { captionPrompt: "a cat" }));
    const { data } = await client().POST("/api/images/imageToPrompt", {
      body: { image: "https://example.com/cat.png" },
    });
    await client().POST("/api/images/imageToPrompt", {
      body: { image: "https://example.com/cat.png" },
      params: { header: { "Accept-Language": "fr" } },
    });
    expect(data).toEqual({ captionPrompt: "a cat" });
    expect(server.requests.map((r) => r.headers["accept-language"])).toEqual(["en", "fr"]);
  });

  it("reads FLAMEL_API_KEY", async () => {
    server.handle((_request, response) => sendJson(response, 201, { captionPrompt: "a cat" }));
    process.env.FLAMEL_API_KEY = "from-env";
    try {
      await createFlamelClient({ baseUrl: server.url }).imageToPrompt("https://example.com/cat.png");
    } finally {
      delete process.env.FLAMEL_API_KEY;
    }
    expect(server.requests[0]!.headers["x-api-key"]).toBe("from-env");
  });
});

describe("typed errors from Flamel's envelope", () => {
  it("narrows 403 not_enough_credit", async () => {
    server.handle((_request, response) =>
      sendJson(response, 403, { success: false, code: 403, data: "not_enough_credit" }),
    );
    const error = await client()
      .createImage({ prompt: "a fox", ratio: "square", styleId: 12 })
      .then(
        () => expect.unreachable(),
        (e: unknown) => e as FlamelApiError,
      );
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.status === 403 && error.code === "not_enough_credit").toBe(true);
  });

  it("splits a code with values: no_style_with_that_id (352)", async () => {
    server.handle((_request, response) =>
      sendJson(response, 404, { success: false, code: 404, data: "no_style_with_that_id (352)" }),
    );
    const { error } = await client().POST("/api/images/create", {
      body: { prompt: "a fox", ratio: "square", styleId: 352 },
    });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: "no_style_with_that_id", params: { styleId: "352" } });
  });

  it("never shows the key (401 wrong_api_key)", async () => {
    server.handle((_request, response) =>
      sendJson(response, 401, { success: false, code: 401, data: "wrong_api_key" }),
    );
    const { result: error, output } = await captureOutput(() =>
      client()
        .imageToPrompt("https://example.com/a.png")
        .catch((e) => e),
    );
    expect(error).toMatchObject({ status: 401, code: "wrong_api_key" });
    expectNoKey(error, key);
    expect(output).not.toContain(key);
  });
});

describe("createImage spends credits", () => {
  it("is not re-sent after a 500 (it may have been charged)", async () => {
    server.handle((_request, response) => sendJson(response, 500, { success: false, code: 500, data: "internal" }));
    await expect(client().createImage({ prompt: "a fox", ratio: "square", imageId: 234 })).rejects.toMatchObject({
      status: 500,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("is re-sent, body intact, after a 429", async () => {
    let n = 0;
    server.handle((_request, response) => {
      if (n++ === 0) sendJson(response, 429, { success: false, code: 429, data: "too_many" }, { "retry-after": "0" });
      else sendJson(response, 201, created);
    });
    const body = { prompt: "a fox", ratio: "16:9", image: "1/reference-1423131.png", sample: 2 } as const;
    expect(await client().createImage(body)).toEqual(created);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([body, body]);
  });
});

describe("imageToPrompt → createImage", () => {
  it("creates from the caption as a typed chain", async () => {
    server.handle((request, response) => {
      if (request.url === "/api/images/imageToPrompt")
        sendJson(response, 201, { captionPrompt: "a red fox", captionTPrompt: "붉은 여우" });
      else sendJson(response, 201, created);
    });
    const flamel = client();
    const caption = await flamel.imageToPrompt("https://example.com/fox.png");
    const result = await flamel.createImage(fromCaption(caption, { styleId: 12, ratio: "square" }));
    expect(result).toEqual(created);
    expect(JSON.parse(server.requests[1]!.body)).toEqual({
      styleId: 12,
      ratio: "square",
      prompt: "a red fox",
      captionPrompt: "a red fox",
      captionTPrompt: "붉은 여우",
    });
  });

  it("fails clearly when Flamel returns no caption", async () => {
    server.handle((_request, response) => sendJson(response, 201, {}));
    await expect(client().imageToPrompt("https://example.com/fox.png")).rejects.toThrow(
      "201 response has no captionPrompt",
    );
  });

  it("fails clearly when createImage is answered without images (UnexpectedResponseError, key not shown)", async () => {
    server.handle((_request, response) => sendJson(response, 201, { defaultCredit: 1, note: `echo ${key}` }));
    const error = await client()
      .createImage({ prompt: "a fox", ratio: "square", styleId: 12 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain("201 response has no images");
    expectNoKey(error, key);
  });

  it("keeps the three create shapes exclusive", () => {
    expectTypeOf(fromCaption({ captionPrompt: "x" }, { imageId: 1, ratio: "square" })).toExtend<CreateImageBody>();
    // @ts-expect-error: a style and a reference image cannot be mixed
    const mixed: CreateImageBody = { prompt: "x", ratio: "square", styleId: 1, image: "a.png" };
    // @ts-expect-error: fromCaption takes one source shape, not two
    fromCaption({ captionPrompt: "x" }, { imageId: 1, styleId: 2, ratio: "square" });
    expect(mixed).toBeDefined();
  });
});
