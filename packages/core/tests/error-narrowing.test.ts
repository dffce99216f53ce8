// Type-level: `tsc` (the typecheck task) checks this file; the @ts-expect-error lines fail the
// build if a wrong code ever type-checks. At run time it checks the narrowed values.

import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, expect, expectTypeOf, it } from "vitest";
import type { ApiError } from "../src/index.ts";
import { createTestClient } from "./test-api.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it("narrows code by status", async () => {
  server.handle((_request, response) => sendJson(response, 403, { error: "not_enough_credit" }));
  const { error } = await createTestClient(server.url).POST("/charges", { body: { amount: 1 } });
  if (!error) throw new Error("expected an error");

  expectTypeOf(error).toExtend<ApiError>();
  let matched = false;
  if (error.status === 403) {
    expectTypeOf(error.code).toEqualTypeOf<"not_enough_credit" | "need_upgrade" | undefined>();
    if (error.code === "not_enough_credit") matched = true;
    // @ts-expect-error: "gone" is documented for 404, not 403
    if (error.code === "gone") matched = false;
    // @ts-expect-error: a misspelt code does not type-check
    if (error.code === "not_enough_credits") matched = false;
  }
  if (error.status === 500) {
    // An undocumented status carries any code.
    expectTypeOf(error.code).toEqualTypeOf<string | undefined>();
  }
  expect(matched).toBe(true);
});
