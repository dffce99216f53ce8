// Safe retries of a paid POST: an operation that declares an idempotency header gets a key per
// call (the caller's, or a fresh UUID), the same key on every retry, and is retried like an
// idempotent method. The loopback server charges once per key, as a provider honouring it does.
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import { TimeoutError } from "../src/index.ts";
import { createApiClient, type ProviderConfig } from "../src/internal.ts";

const server = useTestServer();

const provider: ProviderConfig = {
  name: "Keys",
  env: { apiKey: "KEYS_API_KEY", username: "KEYS_USERNAME", password: "KEYS_PASSWORD", baseUrl: "KEYS_BASE_URL" },
  servers: [{ url: "http://127.0.0.1:9" }],
  securitySchemes: {},
  operations: {
    "POST /orders": {
      request: ["json", "application/json"],
      responses: { 201: "json" },
      idempotency: "idempotency-key",
    },
    "POST /charges": { request: ["json", "application/json"], responses: { 201: "json" } },
  },
};
// A short timeout only where a test stalls the server; elsewhere a loaded machine must not time out.
const client = (timeout = 10_000) => createApiClient(provider, { baseUrl: server.url, retryDelay: 5, timeout });

/** Charges once per key; the first attempt of each key fails after charging (`failure`). */
function chargeOncePerKey(failure: "500" | "stall") {
  const charged = new Map<string, number>();
  server.handle((request, response) => {
    const key = request.headers["idempotency-key"] as string;
    const known = charged.has(key);
    if (!known) charged.set(key, charged.size + 1);
    if (!known && failure === "stall") return new Promise(() => {});
    if (!known) return sendJson(response, 500, { error: "charged, then crashed" });
    sendJson(response, 201, { order: charged.get(key) });
  });
  return charged;
}

describe("an operation with an idempotency header", () => {
  it("re-sends a POST after a 500 with the same key: the server sees it twice and charges once", async () => {
    const charged = chargeOncePerKey("500");
    const { data, error } = await client().POST("/orders" as never, { body: { sku: "a" } } as never);
    expect(error).toBeUndefined();
    expect(data).toEqual({ order: 1 });
    const keys = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(charged.size).toBe(1);
  });

  it("re-sends after a timeout too, with the same key", async () => {
    const charged = chargeOncePerKey("stall");
    const { data } = await client(300).POST("/orders" as never, { body: {} } as never);
    expect(data).toEqual({ order: 1 });
    expect(new Set(server.requests.map((request) => request.headers["idempotency-key"])).size).toBe(1);
    expect(charged.size).toBe(1);
  });

  it("sends a fresh key per call, and the caller's own key when given", async () => {
    server.handle((_request, response) => sendJson(response, 201, {}));
    await client().POST("/orders" as never, { body: {} } as never);
    await client().POST("/orders" as never, { body: {} } as never);
    await client().POST("/orders" as never, { body: {}, headers: { "Idempotency-Key": "mine-1" } } as never);
    const [first, second, third] = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(first).not.toBe(second);
    expect(third).toBe("mine-1");
  });
});

describe("an operation without one", () => {
  it("keeps the no-double-charge rule: a POST is not re-sent after a 500 or a timeout, and carries no key", async () => {
    server.handle((_request, response) => sendJson(response, 500, { error: "crashed" }));
    const { error } = await client().POST("/charges" as never, { body: {} } as never);
    expect(error).toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers["idempotency-key"]).toBeUndefined();

    server.handle(() => new Promise(() => {}));
    const stalled = await client(300)
      .POST("/charges" as never, { body: {} } as never)
      .catch((e: unknown) => e);
    expect(stalled).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1); // handle() starts a new list
  });
});
