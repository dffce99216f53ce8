import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError, ConnectionError, TimeoutError } from "../src/index.ts";
import { createTestClient } from "./test-api.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function answerAfter(ms: number) {
  server.handle((_request, response) => void setTimeout(() => sendJson(response, 200, { id: "7" }), ms));
}
const params = { path: { id: "7" } };

describe("timeouts", () => {
  it("fails with TimeoutError (a ConnectionError) when headers do not arrive in time", async () => {
    answerAfter(5000);
    const started = performance.now();
    const error = await createTestClient(server.url, { timeout: 60, maxRetries: 0 })
      .GET("/items/{id}", { params })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(AbortError);
    expect((error as Error).message).toContain("got no response within 60 ms");
    expect(performance.now() - started).toBeLessThan(4000); // well before the server answers
  });

  it("takes the per-call timeout over the client's", async () => {
    answerAfter(1000);
    const error = await createTestClient(server.url, { timeout: 30_000, maxRetries: 0 })
      .GET("/items/{id}", { params, timeout: 60 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("starts counting when the request starts, not when the client was created", async () => {
    // Generous margins: on a loaded 2-core CI machine a loopback connection can take 100+ ms.
    answerAfter(50);
    const client = createTestClient(server.url, { timeout: 1000, maxRetries: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const { data } = await client.GET("/items/{id}", { params });
    expect(data).toEqual({ id: "7" });
  });

  it("retries a timed-out GET, each attempt with its own timeout", async () => {
    let n = 0;
    server.handle((_request, response) => {
      if (n++ === 0) setTimeout(() => sendJson(response, 200, { id: "late" }), 3000);
      else sendJson(response, 200, { id: "7" });
    });
    const { data } = await createTestClient(server.url, { timeout: 500, maxRetries: 1 }).GET("/items/{id}", { params });
    expect(data).toEqual({ id: "7" });
    expect(server.requests).toHaveLength(2);
  });
});

describe("cancellation", () => {
  it("fails with AbortError, not TimeoutError, when the signal aborts", async () => {
    answerAfter(1000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 50);
    const error = await createTestClient(server.url, { timeout: 30_000 })
      .GET("/items/{id}", { params, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).cause).toEqual(new Error("user left"));
    expect(server.requests).toHaveLength(1); // aborting is not a reason to retry
  });

  it("sends nothing for an already-aborted signal", async () => {
    answerAfter(0);
    const error = await createTestClient(server.url)
      .GET("/items/{id}", { params, signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("stops waiting between retries when the signal aborts", async () => {
    server.handle((_request, response) => sendJson(response, 503, { error: "busy" }, { "retry-after": "30" }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await createTestClient(server.url)
      .GET("/items/{id}", { params, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });
});
