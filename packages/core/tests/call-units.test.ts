// The units a raw call is made of, each on its own, without a server: how the call's options merge
// over the client's, how the request is built, how a response is read, and the context a result
// carries for errors built from it later.
import { describe, expect, it } from "vitest";
import { contextOf, withContext } from "../src/client-context.ts";
import { clientDefaults, mergeTuning } from "../src/client-options.ts";
import { UnexpectedResponseError } from "../src/index.ts";
import { callTuning, unexpectedResponse } from "../src/internal.ts";
import { buildRequest } from "../src/outgoing-request.ts";
import { bodyKindOf, readResult } from "../src/read-result.ts";
import { redactorFor } from "../src/redact-secrets.ts";
import { createTestClient, testKey, testProvider } from "./test-api.ts";

describe("mergeTuning", () => {
  it("takes each option the overrides set and keeps the others, validating what it takes", () => {
    const client = mergeTuning("Test", clientDefaults, { timeout: 5000, maxRetries: undefined });
    expect(client).toEqual({ ...clientDefaults, timeout: 5000 });
    expect(mergeTuning("Test", client, { maxRetries: 0, timeout: Infinity })).toEqual({
      ...clientDefaults,
      timeout: Infinity,
      maxRetries: 0,
    });
    expect(() => mergeTuning("Test", client, { retryDelay: -1 })).toThrow(
      "Test: option retryDelay must be a finite number ≥ 0; got -1.",
    );
  });
});

describe("buildRequest", () => {
  const auth = { headers: { "x-test-key": testKey }, query: "key=k" };
  const operation = { request: ["json", "application/json"] as const };

  it("fills the path, joins the query with the credentials', and serializes the body", () => {
    const request = buildRequest(
      "POST",
      "https://api.test/items/{id}",
      operation,
      auth,
      {},
      {
        params: { path: { id: "a b" }, query: { q: "x" } },
        body: { n: 1 },
      },
    );
    expect(request).toEqual({
      method: "POST",
      url: "https://api.test/items/a%20b?q=x&key=k",
      headers: { "x-test-key": testKey, "content-type": "application/json" },
      body: '{"n":1}',
    });
  });

  it("lays the client's headers, then the credentials, then the call's, null removing any", () => {
    const clientHeaders = { "accept-language": "en", "x-test-key": "from-client" };
    const { headers } = buildRequest("GET", "https://api.test/items", {}, auth, clientHeaders, {
      headers: { "Accept-Language": "fr", "X-Extra": "1" },
      params: { header: { "x-test-key": null } },
    });
    expect(headers).toEqual({ "accept-language": "fr", "x-extra": "1" });
  });

  it("keeps a content type the call set", () => {
    const { headers } = buildRequest(
      "POST",
      "https://api.test/items",
      operation,
      auth,
      {},
      {
        headers: { "content-type": "application/vnd.test+json" },
        body: { n: 1 },
      },
    );
    expect(headers["content-type"]).toBe("application/vnd.test+json");
  });
});

describe("bodyKindOf", () => {
  const kind = bodyKindOf("GET", { responses: { 200: "blob", "4XX": "json" } });
  const response = (status: number, type = "application/json") =>
    new Response(status === 204 ? null : "", { status, headers: { "content-type": type } });

  it("reads a status as documented, else by its class, else JSON for a success", () => {
    expect(kind(response(200))).toBe("blob");
    expect(kind(response(201))).toBe("json");
    expect(kind(response(204))).toBe("empty");
    expect(kind(response(404, "text/html"))).toBe("json");
    expect(bodyKindOf("HEAD", {})(response(200))).toBe("empty");
  });

  it("reads an undocumented error by its Content-Type", () => {
    expect(kind(response(500, "image/png"))).toBe("blob");
    expect(kind(response(500, "text/plain"))).toBe("json");
  });
});

describe("readResult", () => {
  const context = { provider: "Test", redact: redactorFor([testKey]), tuning: clientDefaults };
  const read = (status: number, body: string) =>
    readResult(
      testProvider,
      context,
      { response: new Response(body, { status, headers: { "x-request-id": "r1" } }), body },
      "GET",
      "https://api.test/items/7",
      "json",
    );

  it("parses a success's JSON, with the request id", () => {
    expect(read(200, '{"id":"7"}')).toMatchObject({ data: { id: "7" }, requestId: "r1" });
  });

  it("makes a typed error of a failure, its code read from the redacted body", () => {
    const { error } = read(404, `{"error":"gone","message":"no ${testKey}"}`);
    expect(error).toMatchObject({
      status: 404,
      code: "gone",
      provider: "Test",
      message: "404 gone: no [redacted] (GET https://api.test/items/7)",
    });
  });

  it("makes an UnexpectedResponseError of a success that is not JSON, key redacted", () => {
    const { error } = read(200, `<html>${testKey}</html>`);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toBe(
      "200 response is not valid JSON: <html>[redacted]</html> (GET https://api.test/items/7)",
    );
  });
});

describe("a result's client context", () => {
  const context = { provider: "Test", redact: redactorFor([testKey]), tuning: clientDefaults };

  it("is carried without showing: the result's keys and equality are unchanged", () => {
    const result = withContext({ data: 1, response: new Response(), requestId: undefined }, context);
    expect(Object.keys(result)).toEqual(["data", "response", "requestId"]);
    expect(result).toEqual({ data: 1, response: result.response, requestId: undefined });
    expect(contextOf(result)).toBe(context);
  });

  it("tags and redacts the errors helpers build from the result", () => {
    const result = withContext(
      { data: {}, response: new Response("{}", { status: 200 }), requestId: undefined },
      context,
    );
    const error = unexpectedResponse(result, "POST", `https://api.test/x?key=${testKey}`, "has no prompt", {
      echo: testKey,
    });
    expect(error).toMatchObject({
      provider: "Test",
      body: { echo: "[redacted]" },
      url: "https://api.test/x?key=[redacted]",
    });
    expect(error.message).toBe("200 response has no prompt (POST https://api.test/x?key=[redacted])");
  });

  it("is absent from a result made elsewhere: no provider, nothing redacted", () => {
    const error = unexpectedResponse({ response: new Response("{}", { status: 200 }) }, "GET", "/x", "has no body");
    expect(error).toMatchObject({ provider: undefined, url: "/x" });
  });

  it("gives a helper the tuning of a call: the call's options over its client's, as the client merges them", async () => {
    const client = createTestClient("http://127.0.0.1:9", {
      timeout: 9_000,
      maxRetries: 0,
      fetch: async () => Response.json({ id: "7" }),
    });
    const result = await client.GET("/items/{id}", { params: { path: { id: "7" } } });
    expect(callTuning(result, {})).toEqual({ ...clientDefaults, timeout: 9_000, maxRetries: 0, retryDelay: 5 });
    expect(callTuning(result, { timeout: 50 })).toMatchObject({ timeout: 50, maxRetries: 0 });
    expect(() => callTuning(result, { timeout: "50" })).toThrow(/Test: option timeout must be a number/);
    // A result made elsewhere: the defaults under the call's options.
    expect(callTuning({}, { retryDelay: 1 })).toEqual({ ...clientDefaults, retryDelay: 1 });
  });
});
