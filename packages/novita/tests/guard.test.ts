import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiError,
  createNovitaClient,
  type ErrorCodes,
  isApiError,
  isNovitaApiError,
  type NovitaApiError,
} from "../src/index.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const options = { apiKey: "guard-test-key", maxRetries: 0 };

async function caught(call: () => Promise<unknown>): Promise<unknown> {
  server.handle((_request, response) =>
    sendJson(response, 400, { code: 400, reason: "INVALID_IMAGE_FORMAT", message: "bad" }),
  );
  return call().then(
    () => {
      throw new Error("the call did not fail");
    },
    (error: unknown) => error,
  );
}

describe("isNovitaApiError", () => {
  it("narrows a caught unknown to NovitaApiError, whose status narrows the code", async () => {
    const error = await caught(() =>
      createNovitaClient({ ...options, baseUrl: server.url }).imageToPrompt(new Uint8Array([1, 2, 3])),
    );
    expect(isNovitaApiError(error)).toBe(true);
    if (!isNovitaApiError(error)) return;
    expectTypeOf(error).toEqualTypeOf<NovitaApiError>();
    if (error.status === 400) expectTypeOf(error.code).toEqualTypeOf<ErrorCodes[400] | (string & {}) | undefined>();
    expect(error).toMatchObject({ status: 400, code: "INVALID_IMAGE_FORMAT" });
  });

  it("is false for another provider's ApiError and for errors that are not ApiErrors", () => {
    // What another provider's client returns: the same class, tagged with that provider.
    const error = new ApiError({
      provider: "Another provider",
      status: 401,
      code: undefined,
      params: undefined,
      body: undefined,
      headers: new Headers(),
      method: "GET",
      url: "https://example.com/",
      message: "401",
    });
    expect(isApiError(error)).toBe(true);
    expect(isNovitaApiError(error)).toBe(false);
    for (const value of [new Error("x"), { status: 400 }, undefined]) expect(isNovitaApiError(value)).toBe(false);
  });
});
