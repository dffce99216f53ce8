import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type ApiError, type ApiErrorOf, ConnectionError, isApiError, unwrap } from "../src/index.ts";
import { apiErrorGuard, createApiClient } from "../src/internal.ts";
import { createTestClient, type TestErrorCodes, type TestPaths, testKey, testProvider } from "./test-api.ts";

const server = useTestServer();

type TestApiError = ApiErrorOf<TestErrorCodes>;
const isTestApiError = apiErrorGuard<TestApiError>(testProvider);
const otherProvider = { ...testProvider, name: "Other" };

async function failure(client = createTestClient(server.url, { maxRetries: 0 })): Promise<unknown> {
  server.handle((_request, response) => sendJson(response, 403, { error: "need_upgrade" }));
  try {
    unwrap(await client.POST("/charges", { body: { amount: 1 } }));
  } catch (error) {
    return error;
  }
  throw new Error("the call did not fail");
}

describe("isApiError", () => {
  it("is true for an ApiError from any provider, false for everything else", async () => {
    expect(isApiError(await failure())).toBe(true);
    for (const other of [new ConnectionError("refused"), new Error("x"), undefined, { status: 403 }, "403"]) {
      expect(isApiError(other)).toBe(false);
    }
  });

  it("narrows unknown to ApiError", async () => {
    const error: unknown = await failure();
    if (!isApiError(error)) throw new Error("not an ApiError");
    expectTypeOf(error).toEqualTypeOf<ApiError>();
    expect(error.status).toBe(403);
  });
});

describe("a provider's guard (apiErrorGuard)", () => {
  it("is true only for errors of that provider's clients", async () => {
    const other = createApiClient<TestPaths, TestApiError>(otherProvider, {
      apiKey: testKey,
      baseUrl: server.url,
      maxRetries: 0,
    });
    expect(isTestApiError(await failure())).toBe(true);
    expect(isTestApiError(await failure(other))).toBe(false);
    expect(isApiError(await failure(other))).toBe(true);
    expect(isTestApiError(new ConnectionError("refused"))).toBe(false);
  });

  it("narrows unknown to the provider's typed error, so status narrows code with no cast", async () => {
    const error: unknown = await failure();
    if (!isTestApiError(error)) throw new Error("not a Test error");
    expectTypeOf(error).toEqualTypeOf<TestApiError>();
    if (error.status === 403)
      expectTypeOf(error.code).toEqualTypeOf<"not_enough_credit" | "need_upgrade" | (string & {}) | undefined>();
    expect(error).toMatchObject({ status: 403, code: "need_upgrade" });
  });
});
