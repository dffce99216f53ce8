// How answers become tool results: images as image content, JSON as structured content, failures
// as tool errors with the status, code and request id, and key values cut from all of it.
import { AuthenticationError } from "@image-sdk/core";
import { describe, expect, it } from "vitest";
import { binaryResult, errorResult, jsonResult, redact } from "../src/tool-results.ts";

describe("tool results", () => {
  it("answers an image body as image content, base64", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const result = await binaryResult(new Blob([png], { type: "image/png" }), "acme_render");
    expect(result.content).toEqual([
      { type: "image", data: Buffer.from(png).toString("base64"), mimeType: "image/png" },
    ]);
    const other = await binaryResult(new Blob([png], { type: "application/pdf" }), "acme_render");
    expect(other.content[0]).toMatchObject({ type: "resource", resource: { mimeType: "application/pdf" } });
  });

  it("answers JSON as structured content (an array under `result`) with the same text", () => {
    expect(jsonResult({ a: 1 })).toEqual({
      content: [{ type: "text", text: '{\n  "a": 1\n}' }],
      structuredContent: { a: 1 },
    });
    expect(jsonResult([1, 2]).structuredContent).toEqual({ result: [1, 2] });
  });

  it("makes an API error a tool error with its status, code and request id", () => {
    const error = new AuthenticationError({
      status: 401,
      code: "invalid_key",
      params: undefined,
      body: { error: "invalid_key" },
      headers: new Headers({ "x-request-id": "req-1" }),
      method: "GET",
      url: "https://api.acme.test/v1/items",
      message: "401 invalid_key: the key is not valid",
      provider: "Acme",
    });
    const result = errorResult(error);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toEqual({
      error: "AuthenticationError",
      message: "401 invalid_key: the key is not valid",
      status: 401,
      code: "invalid_key",
      requestId: "req-1",
      provider: "Acme",
    });
    expect(result.content[0]).toEqual({
      type: "text",
      text: "AuthenticationError 401 invalid_key: 401 invalid_key: the key is not valid (request id req-1)",
    });
  });

  it("cuts the values of key variables, and only those, from text", () => {
    const env = { ACME_API_KEY: "sk-123456", ACME_BASE_URL: "http://127.0.0.1:1", OTHER_TOKEN: "tok-abc" };
    expect(redact("sk-123456 at http://127.0.0.1:1 with tok-abc", env)).toBe(
      "[redacted] at http://127.0.0.1:1 with [redacted]",
    );
  });
});
