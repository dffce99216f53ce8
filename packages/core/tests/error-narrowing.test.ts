// Type-level: `tsc` (the typecheck task) checks this file; the @ts-expect-error lines fail the
// build if a wrong code ever type-checks. At run time it checks the narrowed values.

import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { expect, expectTypeOf, it } from "vitest";
import type { ApiError } from "../src/index.ts";
import { createTestClient } from "./test-api.ts";

const server = useTestServer();

it("narrows code by status", async () => {
  server.handle((_request, response) => sendJson(response, 403, { error: "not_enough_credit" }));
  const { error } = await createTestClient(server.url).POST("/charges", { body: { amount: 1 } });
  if (!error) throw new Error("expected an error");

  expectTypeOf(error).toExtend<ApiError>();
  let matched = false;
  if (error.status === 403) {
    // The documented codes are in the type (they autocomplete), next to any other text.
    expectTypeOf<"not_enough_credit" | "need_upgrade">().toExtend<NonNullable<typeof error.code>>();
    if (error.code === "not_enough_credit") matched = true;
    // A code the API sends but does not document is representable without a cast.
    const undocumented: typeof error.code = "brand_new_code";
    expect(undocumented).toBe("brand_new_code");
  }
  if (error.status === 500) {
    // An undocumented status carries any code.
    expectTypeOf<string>().toExtend<NonNullable<typeof error.code>>();
  }
  expect(matched).toBe(true);
});
