// Each Flamel helper against the behaviour every helper shares (per-call options, withResponse).
import { helperContract } from "@image-sdk/test-support/helper-contract";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiPromise,
  type CreateImageResponse,
  createFlamelClient,
  type FlamelClient,
  type ImageCaption,
} from "../src/index.ts";

const server = useTestServer();

const packageJson = new URL("../package.json", import.meta.url);
const client = () => createFlamelClient({ apiKey: "flamel-key-5ca1ab1e", baseUrl: server.url, retryDelay: 5 });
const image = "https://example.com/cat.png";

describe("imageToPrompt", () => {
  helperContract({
    server: () => server,
    packageJson,
    call: (options) => client().imageToPrompt(image, options),
    succeed: (_request, response) => sendJson(response, 201, { captionPrompt: "a cat" }),
  });

  it("is typed as an ApiPromise of the caption", () => {
    expectTypeOf<ReturnType<FlamelClient["imageToPrompt"]>>().toEqualTypeOf<ApiPromise<ImageCaption>>();
  });
});

describe("createImage", () => {
  helperContract({
    server: () => server,
    packageJson,
    call: (options) => client().createImage({ prompt: "a fox", ratio: "square", styleId: 12 }, options),
    succeed: (_request, response) =>
      sendJson(response, 201, { images: [], defaultCredit: 1, dailyCredit: 2, monthlyCredit: 3 }),
  });

  it("is typed as an ApiPromise of the created images", () => {
    expectTypeOf<ReturnType<FlamelClient["createImage"]>>().toEqualTypeOf<ApiPromise<CreateImageResponse>>();
  });
});
