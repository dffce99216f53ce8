import { inspect } from "node:util";
import { refusedUrl, sendJson, sendText, useTestServer } from "@image-sdk/test-support/http-test-server";
import { captureOutput, expectNoKey } from "@image-sdk/test-support/key-redaction";
import { afterEach, describe, expect, it } from "vitest";
import {
  AbortError,
  ApiError,
  ConnectionError,
  MissingApiKeyError,
  TimeoutError,
  UnexpectedResponseError,
} from "../src/index.ts";
import { createApiClient } from "../src/internal.ts";
import { createTestClient, type TestPaths, testKey, testProvider } from "./test-api.ts";

const server = useTestServer();
afterEach(() => {
  delete process.env[testProvider.env.apiKey];
});

const params = { path: { id: "7" } };

describe("API key", () => {
  it("is required by an operation that needs it: a clear error when called, before any request", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }));
    const client = createApiClient<TestPaths>(testProvider, { baseUrl: server.url });
    await expect(client.GET("/items/{id}", { params })).rejects.toThrow(MissingApiKeyError);
    await expect(
      createApiClient<TestPaths>(testProvider, { baseUrl: server.url, apiKey: "" }).GET("/items/{id}", { params }),
    ).rejects.toThrow(
      "Test: no API key. Pass { apiKey } to the client or set the IMAGE_SDK_TEST_API_KEY environment variable.",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("comes from the environment when not in the options, and the option wins", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }));
    process.env[testProvider.env.apiKey] = "from-env";
    await createApiClient<TestPaths>(testProvider, { baseUrl: server.url }).GET("/items/{id}", { params });
    await createApiClient<TestPaths>(testProvider, { baseUrl: server.url, apiKey: "from-option" }).GET("/items/{id}", {
      params,
    });
    expect(server.requests.map((r) => r.headers["x-test-key"])).toEqual(["from-env", "from-option"]);
  });

  it("with a stray newline is refused without being repeated", () => {
    const key = `${testKey}\n`;
    const error = (() => {
      try {
        createApiClient<TestPaths>(testProvider, { apiKey: key });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MissingApiKeyError);
    expect((error as Error).message).toContain("the apiKey option contains whitespace");
    expectNoKey(error, testKey);
  });

  it("is not shown by inspecting the client", () => {
    const client = createTestClient(server.url);
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(testKey);
    expect(JSON.stringify(client)).not.toContain(testKey);
  });
});

describe("the key never appears in an error or in output", () => {
  const echo = `the key ${testKey} is not valid`;
  const cases: Array<[string, (url: string) => Promise<unknown>, Function]> = [
    [
      "an error body (JSON) and response header echoing the key",
      async (url) => {
        server.handle((_request, response) =>
          sendJson(response, 401, { error: "wrong_api_key", message: echo }, { "x-echo": testKey }),
        );
        return (await createTestClient(url).GET("/items/{id}", { params })).error;
      },
      ApiError,
    ],
    [
      "an HTML error page echoing the key",
      async (url) => {
        server.handle((_request, response) => sendText(response, 502, `<html>${echo}</html>`));
        return (await createTestClient(url, { maxRetries: 0 }).GET("/items/{id}", { params })).error;
      },
      ApiError,
    ],
    [
      "a success body that is not JSON",
      async (url) => {
        server.handle((_request, response) => sendText(response, 200, `oops ${echo}`, "application/json"));
        return (await createTestClient(url).GET("/items/{id}", { params })).error;
      },
      UnexpectedResponseError,
    ],
    [
      "a refused connection",
      async () =>
        createTestClient((await refusedUrl()).url, { maxRetries: 0 })
          .GET("/items/{id}", { params })
          .catch((e) => e),
      ConnectionError,
    ],
    [
      "a timeout",
      async (url) => {
        server.handle((_request, response) => void setTimeout(() => sendJson(response, 200, { id: "7" }), 500));
        return createTestClient(url, { timeout: 30, maxRetries: 0 })
          .GET("/items/{id}", { params })
          .catch((e) => e);
      },
      TimeoutError,
    ],
    [
      "an abort",
      async (url) => {
        server.handle((_request, response) => void setTimeout(() => sendJson(response, 200, { id: "7" }), 500));
        return createTestClient(url)
          .GET("/items/{id}", { params, signal: AbortSignal.timeout(30) })
          .catch((e) => e);
      },
      AbortError,
    ],
    [
      "a body cut off mid-read",
      async (url) => {
        server.handle((_request, response) => {
          response.writeHead(200, { "content-length": "50" });
          response.write(`{"id":"${testKey.slice(0, 3)}`);
          setTimeout(() => response.socket?.destroy(), 20);
        });
        return createTestClient(url)
          .GET("/items/{id}", { params })
          .catch((e) => e);
      },
      ConnectionError,
    ],
  ];

  it.each(cases)("%s", async (_name, provoke, errorClass) => {
    const { result: error, output } = await captureOutput(() => provoke(server.url));
    expect(error).toBeInstanceOf(errorClass);
    expectNoKey(error, testKey);
    expect(output).not.toContain(testKey);
    if (server.requests.length > 0) expect(server.requests[0]!.headers["x-test-key"]).toBe(testKey); // it was sent
  });
});
