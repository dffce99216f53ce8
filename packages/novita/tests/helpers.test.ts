// Novita's helper against the behaviour every helper shares (per-call options, withResponse).
import { helperContract } from "@image-sdk/test-support/helper-contract";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expectTypeOf, it } from "vitest";
import { type ApiPromise, createNovitaClient, type NovitaClient } from "../src/index.ts";
import { pngHeader } from "./image-headers.ts";

const server = useTestServer();

const packageJson = new URL("../package.json", import.meta.url);
const client = () => createNovitaClient({ apiKey: "novita-sk-helpers-7e57ab1e", baseUrl: server.url, retryDelay: 5 });

describe("imageToPrompt", () => {
  helperContract({
    server: () => server,
    packageJson,
    call: (options) => client().imageToPrompt(pngHeader(64, 64), options),
    succeed: (_request, response) => sendJson(response, 200, { prompt: "a small square" }),
  });

  it("is typed as an ApiPromise of the prompt", () => {
    expectTypeOf<ReturnType<NovitaClient["imageToPrompt"]>>().toEqualTypeOf<ApiPromise<string>>();
  });
});
