import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiError,
  createFlamelClient,
  type ErrorCodes,
  type FlamelApiError,
  isApiError,
  isFlamelApiError,
} from "../src/index.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const options = { apiKey: "guard-test-key", maxRetries: 0 };

async function caught(call: () => Promise<unknown>): Promise<unknown> {
  server.handle((_request, response) =>
    sendJson(response, 403, { success: false, code: 403, data: "not_enough_credit" }),
  );
  return call().then(
    () => {
      throw new Error("the call did not fail");
    },
    (error: unknown) => error,
  );
}

describe("isFlamelApiError", () => {
  it("narrows a caught unknown to FlamelApiError, whose status narrows the code", async () => {
    const error = await caught(() =>
      createFlamelClient({ ...options, baseUrl: server.url }).imageToPrompt("https://example.com/a.png"),
    );
    expect(isFlamelApiError(error)).toBe(true);
    if (!isFlamelApiError(error)) return;
    expectTypeOf(error).toEqualTypeOf<FlamelApiError>();
    if (error.status === 403) expectTypeOf(error.code).toEqualTypeOf<ErrorCodes[403] | (string & {}) | undefined>();
    expect(error).toMatchObject({ status: 403, code: "not_enough_credit" });
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
    expect(isFlamelApiError(error)).toBe(false);
    for (const value of [new Error("x"), { status: 403 }, undefined]) expect(isFlamelApiError(value)).toBe(false);
  });
});
