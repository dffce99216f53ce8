// The request path under real network faults, on a loopback server: a body that stalls after the
// headers, a connection reset mid-body, the caller aborting at each stage of an attempt.
import type { ServerResponse } from "node:http";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import { AbortError, ConnectionError, TimeoutError } from "../src/index.ts";
import { createTestClient } from "./test-api.ts";

const server = useTestServer();

const params = { path: { id: "7" } };
const getItem = (options: Parameters<typeof createTestClient>[1] = {}, init: { signal?: AbortSignal } = {}) =>
  createTestClient(server.url, { maxRetries: 0, ...options }).GET("/items/{id}", { params, ...init });
const charge = (options: Parameters<typeof createTestClient>[1] = {}) =>
  createTestClient(server.url, options).POST("/charges", { body: { amount: 5 } });

/** Sends the headers and the first bytes of a JSON body, then nothing more (the socket stays open). */
function stallAfterHeaders(response: ServerResponse, status = 200): void {
  response.writeHead(status, { "content-type": "application/json", "content-length": "100" });
  response.write('{"id":"7",');
}

/** Sends the headers and a few bytes, then resets the connection. */
function resetMidBody(response: ServerResponse): void {
  response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
  response.write('{"id":');
  setTimeout(() => response.socket?.resetAndDestroy(), 20);
}

describe("a body that stalls after the headers", () => {
  it("ends in TimeoutError within the timeout plus a small slack, not the runtime's 5 minutes", async () => {
    server.handle((_request, response) => stallAfterHeaders(response));
    const started = performance.now();
    const error = await getItem({ timeout: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      `Test: the 200 response body of GET ${server.url}/items/7 did not arrive within 300 ms.`,
    );
    expect(performance.now() - started).toBeLessThan(300 + 2700); // generous: a loaded CI machine
  });

  it("is retried for a GET, each attempt with its own timeout", async () => {
    let n = 0;
    server.handle((_request, response) =>
      n++ === 0 ? stallAfterHeaders(response) : sendJson(response, 200, { id: "7" }),
    );
    const { data } = await getItem({ timeout: 300, maxRetries: 1, retryDelay: 1 });
    expect(data).toEqual({ id: "7" });
    expect(server.requests).toHaveLength(2);
  });

  it("is not re-sent for a POST (the charge may have happened)", async () => {
    server.handle((_request, response) => stallAfterHeaders(response, 201));
    await expect(charge({ timeout: 300, retryDelay: 1 })).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("of an error status ends in TimeoutError too", async () => {
    server.handle((_request, response) => stallAfterHeaders(response, 403));
    await expect(getItem({ timeout: 300 })).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe("a connection reset mid-body", () => {
  it("is a ConnectionError naming the response, not a raw TypeError", async () => {
    server.handle((_request, response) => resetMidBody(response));
    const error = await getItem().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain(
      `Test: the 200 response body of GET ${server.url}/items/7 could not be read`,
    );
  });

  it("is retried for a GET", async () => {
    let n = 0;
    server.handle((_request, response) => (n++ === 0 ? resetMidBody(response) : sendJson(response, 200, { id: "7" })));
    const { data } = await getItem({ maxRetries: 1, retryDelay: 1 });
    expect(data).toEqual({ id: "7" });
    expect(server.requests).toHaveLength(2);
  });

  it("is not re-sent for a POST", async () => {
    server.handle((_request, response) => resetMidBody(response));
    await expect(charge({ retryDelay: 1 })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("the caller's signal, at each stage of an attempt", () => {
  it("before sending: AbortError, nothing sent", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }));
    await expect(getItem({}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("while waiting for the headers: AbortError at once", async () => {
    const controller = new AbortController();
    server.handle(() => void controller.abort(new Error("user left"))); // never answers
    const error = await getItem({ timeout: 30_000 }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).cause).toEqual(new Error("user left"));
  });

  it("after the headers, while the body is read: AbortError at once, not when the server gives up", async () => {
    const controller = new AbortController();
    server.handle((_request, response) => {
      stallAfterHeaders(response);
      // Aborted once the client has had time to get the headers and start reading.
      setTimeout(() => controller.abort(), 150);
    });
    const started = performance.now();
    const error = await getItem({ timeout: 30_000 }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(performance.now() - started).toBeLessThan(5000); // the server would hold it open forever
  });

  it("between attempts: AbortError, no further attempt", async () => {
    const controller = new AbortController();
    server.handle((_request, response) => {
      sendJson(response, 503, { error: "busy" }, { "retry-after": "30" });
      setTimeout(() => controller.abort(), 50);
    });
    await expect(getItem({ maxRetries: 2 }, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("the shared deadline timer", () => {
  it("never makes Node print a TimeoutNegativeWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      server.handle((_request, response) => void setTimeout(() => sendJson(response, 200, { id: "7" }), 30));
      // Many deadlines close together, some expiring while others are re-armed.
      // Timeout 0 included: its deadline is already due when the timer is armed.
      const calls = Array.from({ length: 40 }, (_, i) => getItem({ timeout: (i % 8) * 5 }).catch(() => {}));
      await Promise.all(calls);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.map((warning) => warning.name)).not.toContain("TimeoutNegativeWarning");
  });
});
