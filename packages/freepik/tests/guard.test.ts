import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiError,
  createFreepikClient,
  type ErrorCodes,
  type FreepikApiError,
  isApiError,
  isFreepikApiError,
} from "../src/index.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const options = { apiKey: "guard-test-key", maxRetries: 0 };

async function caught(call: () => Promise<unknown>): Promise<unknown> {
  server.handle((_request, response) => sendJson(response, 401, { message: "Invalid API key" }));
  return call().then(
    () => {
      throw new Error("the call did not fail");
    },
    (error: unknown) => error,
  );
}

describe("isFreepikApiError", () => {
  it("narrows a caught unknown to FreepikApiError, whose status narrows the code", async () => {
    const error = await caught(() =>
      createFreepikClient({ ...options, baseUrl: server.url }).imageToPrompt("https://example.com/a.png"),
    );
    expect(isFreepikApiError(error)).toBe(true);
    if (!isFreepikApiError(error)) return;
    expectTypeOf(error).toEqualTypeOf<FreepikApiError>();
    if (error.status === 401) expectTypeOf(error.code).toEqualTypeOf<ErrorCodes[401] | (string & {}) | undefined>();
    expect(error).toMatchObject({ status: 401, code: "Invalid API key" });
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
    expect(isFreepikApiError(error)).toBe(false);
    for (const value of [new Error("x"), { status: 401 }, undefined]) expect(isFreepikApiError(value)).toBe(false);
  });
});
