import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { ApiError } from "../src/index.ts";
import { createTestClient } from "./test-api.ts";

const server = useTestServer();

const getItem = () =>
  createTestClient(server.url, { maxRetries: 0 }).GET("/items/{id}", { params: { path: { id: "7" } } });

describe("error.requestId", () => {
  it.each([
    ["x-request-id", "a1"],
    ["X-Request-Id", "a2"],
    ["request-id", "a3"],
    ["x-amzn-requestid", "a4"],
    ["x-amz-request-id", "a5"],
    ["x-correlation-id", "a6"],
    ["x-trace-id", "a7"],
    ["cf-ray", "8f1e2d3c4b5a-AMS"],
  ])("is read from %s", async (header, id) => {
    server.handle((_request, response) => sendJson(response, 500, { error: "boom" }, { [header]: id }));
    const { error } = await getItem();
    expect(error?.requestId).toBe(id);
  });

  it("prefers x-request-id over the other variants", async () => {
    server.handle((_request, response) =>
      sendJson(response, 500, { error: "boom" }, { "cf-ray": "ray", "request-id": "plain", "x-request-id": "main" }),
    );
    expect((await getItem()).error?.requestId).toBe("main");
  });

  it("is undefined when the provider sends none", async () => {
    server.handle((_request, response) => sendJson(response, 500, { error: "boom" }));
    const { error } = await getItem();
    expect(error).toBeDefined();
    expect(error?.requestId).toBeUndefined();
    expectTypeOf<ApiError["requestId"]>().toEqualTypeOf<string | undefined>();
  });
});

describe("result.requestId", () => {
  it("is on a success result, read like the error's", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }, { "x-request-id": "ok-1" }));
    const result = await getItem();
    expect(result).toMatchObject({ data: { id: "7" }, requestId: "ok-1" });
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
  });

  it("is on an error result too, equal to error.requestId, and undefined when none is sent", async () => {
    server.handle((_request, response) => sendJson(response, 404, { error: "gone" }, { "request-id": "e-2" }));
    const failed = await getItem();
    expect([failed.requestId, failed.error?.requestId]).toEqual(["e-2", "e-2"]);
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }));
    expect((await getItem()).requestId).toBeUndefined();
  });
});
