// Options are checked when the client is created, with an error naming the option and the value;
// <PREFIX>_BASE_URL points a client elsewhere when no baseUrl option is given.
import { inspect } from "node:util";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { afterEach, describe, expect, it } from "vitest";
import { ImageSdkError, InvalidInputError, InvalidOptionError } from "../src/index.ts";
import { createApiClient } from "../src/internal.ts";
import { type TestPaths, testKey, testProvider } from "./test-api.ts";

const server = useTestServer();
afterEach(() => {
  delete process.env[testProvider.env.baseUrl];
});

const create = (options: Record<string, unknown>) =>
  createApiClient<TestPaths>(testProvider, { apiKey: testKey, ...options });
const params = { path: { id: "7" } };

describe("tuning options", () => {
  it.each([
    ["timeout", "5000", 'option timeout must be a number of ms ≥ 0, or Infinity; got "5000".'],
    ["timeout", Number.NaN, "option timeout must be a number of ms ≥ 0, or Infinity; got NaN."],
    ["timeout", -1, "option timeout must be a number of ms ≥ 0, or Infinity; got -1."],
    ["maxRetries", -1, "option maxRetries must be a finite number ≥ 0; got -1."],
    ["maxRetries", Infinity, "option maxRetries must be a finite number ≥ 0; got Infinity."],
    ["retryDelay", "5", 'option retryDelay must be a finite number ≥ 0; got "5".'],
    ["maxRetryDelay", Number.NaN, "option maxRetryDelay must be a finite number ≥ 0; got NaN."],
  ])("%s = %o is refused at creation", (option, value, message) => {
    const error = (() => {
      try {
        create({ [option]: value });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toBeInstanceOf(ImageSdkError);
    expect((error as Error).message).toBe(`Test: ${message}`);
  });

  it("accepts Infinity for timeout and 0 everywhere", () => {
    expect(() => create({ timeout: Infinity, maxRetries: 0, retryDelay: 0, maxRetryDelay: 0 })).not.toThrow();
  });

  it("checks per-call options too, before sending", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }));
    await expect(create({ baseUrl: server.url }).GET("/items/{id}", { params, timeout: -5 })).rejects.toBeInstanceOf(
      InvalidOptionError,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe("headers", () => {
  it("are sent from the client, overridden per call, and removed per call with null", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }));
    const client = create({ baseUrl: server.url, headers: { "X-Team": "a", "X-Trace": "t1" } });
    await client.GET("/items/{id}", { params, headers: { "x-team": "b", "X-Trace": null } });
    expect(server.requests[0]!.headers["x-team"]).toBe("b");
    expect(server.requests[0]!.headers["x-trace"]).toBeUndefined();
  });

  it("of a call may remove the credential header too, to send a request without its key", async () => {
    server.handle((_request, response) => sendJson(response, 401, { error: "no key" }));
    const { error } = await create({ baseUrl: server.url }).GET("/items/{id}", {
      params,
      headers: { "x-test-key": null },
    });
    expect(error?.status).toBe(401);
    expect(server.requests[0]!.headers["x-test-key"]).toBeUndefined();
  });
});

describe("baseUrl", () => {
  it.each(["ftp://example.com", "example.com", "not a url"])("refuses %o (not an http(s) URL)", (baseUrl) => {
    expect(() => create({ baseUrl })).toThrow(InvalidOptionError);
    expect(() => create({ baseUrl })).toThrow(/option baseUrl must be an http\(s\) URL/);
  });

  it("refuses credentials in the URL without echoing the password", () => {
    const password = "hunter2-s3cr3t";
    const error = (() => {
      try {
        create({ baseUrl: `https://user:${password}@api.example.com/v1` });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as Error).message).toContain("must not carry credentials (https://***:***@api.example.com/v1)");
    for (const view of [String(error), JSON.stringify(error), inspect(error, { showHidden: true, depth: 10 })]) {
      expect(view).not.toContain(password);
    }
  });

  it("comes from <PREFIX>_BASE_URL when the option is not given, and the option wins", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }));
    process.env[testProvider.env.baseUrl] = `${server.url}/`;
    const { data, response } = await create({}).GET("/items/{id}", { params });
    expect(data).toEqual({ id: "7" });
    expect(response.url).toBe(`${server.url}/items/7`);
    process.env[testProvider.env.baseUrl] = "http://127.0.0.1:9";
    expect((await create({ baseUrl: server.url }).GET("/items/{id}", { params })).data).toEqual({ id: "7" });
  });

  it("from the environment is checked too, naming the variable", () => {
    process.env[testProvider.env.baseUrl] = "localhost:4010";
    expect(() => create({})).toThrow(
      'Test: the IMAGE_SDK_TEST_BASE_URL environment variable must be an http(s) URL; got "localhost:4010".',
    );
  });
});
