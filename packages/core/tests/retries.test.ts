import { gaps, refusedUrl, sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it, vi } from "vitest";
import { ConnectionError, TimeoutError } from "../src/index.ts";
import { scriptedFetch } from "./scripted-fetch.ts";
import { createTestClient } from "./test-api.ts";

const server = useTestServer();

/** Answers `statuses` in turn, then 200/201 with the success body. */
function failThenSucceed(...statuses: number[]) {
  let n = 0;
  server.handle((request, response) => {
    const status = statuses[n++];
    if (status !== undefined) sendJson(response, status, { error: `failure ${n}` });
    else if (request.method === "GET") sendJson(response, 200, { id: "7" });
    else sendJson(response, 201, { charged: true });
  });
}

describe("retries of an idempotent GET", () => {
  it.each([408, 429, 500, 502, 503, 504])("retries %i and returns the later success", async (status) => {
    failThenSucceed(status, status);
    const { data, error } = await createTestClient(server.url).GET("/items/{id}", { params: { path: { id: "7" } } });
    expect(error).toBeUndefined();
    expect(data).toEqual({ id: "7" });
    expect(server.requests).toHaveLength(3);
  });

  it("stops after maxRetries and returns the last error", async () => {
    failThenSucceed(503, 503, 503, 503, 503);
    const { error } = await createTestClient(server.url, { maxRetries: 3 }).GET("/items/{id}", {
      params: { path: { id: "7" } },
    });
    expect(error?.status).toBe(503);
    expect(server.requests).toHaveLength(4);
  });

  it("takes maxRetries per call over the client's", async () => {
    failThenSucceed(503, 503);
    const { error } = await createTestClient(server.url, { maxRetries: 5 }).GET("/items/{id}", {
      params: { path: { id: "7" } },
      maxRetries: 0,
    });
    expect(error?.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it.each([400, 401, 403, 404, 422])("does not retry %i", async (status) => {
    failThenSucceed(status);
    const { error } = await createTestClient(server.url).GET("/items/{id}", { params: { path: { id: "7" } } });
    expect(error?.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a connection dropped after the request was sent", async () => {
    let n = 0;
    server.handle((_request, response) => {
      if (n++ === 0) response.socket?.destroy();
      else sendJson(response, 200, { id: "7" });
    });
    const { data } = await createTestClient(server.url).GET("/items/{id}", { params: { path: { id: "7" } } });
    expect(data).toEqual({ id: "7" });
    expect(server.requests).toHaveLength(2);
  });

  it("backs off exponentially, with jitter between half and all of each step", async () => {
    failThenSucceed(503, 503, 503);
    await createTestClient(server.url, { retryDelay: 40, maxRetries: 3 }).GET("/items/{id}", {
      params: { path: { id: "7" } },
    });
    const [first, second, third] = gaps(server.requests);
    expect(first).toBeGreaterThanOrEqual(19);
    expect(second).toBeGreaterThanOrEqual(39);
    expect(third).toBeGreaterThanOrEqual(79);
    expect(first! + second! + third!).toBeLessThan(1000);
  });
});

describe("Retry-After", () => {
  function retryAfterThenSucceed(value: string) {
    let n = 0;
    server.handle((_request, response) => {
      if (n++ === 0) sendJson(response, 429, { error: "slow down" }, { "retry-after": value });
      else sendJson(response, 200, { id: "7" });
    });
  }

  // The cap makes a long Retry-After observable quickly: without reading the header the client
  // would wait its own backoff (retryDelay 5 ms), with it the capped 120 ms.
  it("honours delta-seconds, capped at maxRetryDelay", async () => {
    retryAfterThenSucceed("3600");
    await createTestClient(server.url, { maxRetryDelay: 120 }).GET("/items/{id}", { params: { path: { id: "7" } } });
    expect(gaps(server.requests)[0]).toBeGreaterThanOrEqual(115);
    expect(gaps(server.requests)[0]).toBeLessThan(5000); // nowhere near the hour asked for
  });

  it("honours an HTTP date, capped at maxRetryDelay", async () => {
    retryAfterThenSucceed(new Date(Date.now() + 3_600_000).toUTCString());
    await createTestClient(server.url, { maxRetryDelay: 120 }).GET("/items/{id}", { params: { path: { id: "7" } } });
    expect(gaps(server.requests)[0]).toBeGreaterThanOrEqual(115);
    expect(gaps(server.requests)[0]).toBeLessThan(5000); // nowhere near the hour asked for
  });

  it.each([
    ["an unreadable value", "soon"],
    ["a date in the past", "Wed, 21 Oct 2015 07:28:00 GMT"],
  ])("falls back to (or finishes at once for) %s", async (_name, value) => {
    retryAfterThenSucceed(value);
    const { data } = await createTestClient(server.url, { maxRetryDelay: 5_000 }).GET("/items/{id}", {
      params: { path: { id: "7" } },
    });
    expect(data).toEqual({ id: "7" });
    expect(gaps(server.requests)[0]).toBeLessThan(500);
  });

  it("waits the seconds asked when under the cap (fake time: the wait is what is tested)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance", "Date"] });
    try {
      const fetch = scriptedFetch({ after: 0, status: 429, headers: { "retry-after": "1" } }, { after: 0 });
      const call = createTestClient("http://api.test", { fetch }).GET("/items/{id}", { params: { path: { id: "7" } } });
      await vi.advanceTimersByTimeAsync(999);
      expect(fetch.calls).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch.calls).toBe(2);
      await vi.advanceTimersByTimeAsync(1); // the scripted answer's own (zero) delay
      expect((await call).error).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the no-double-charge rule for POST", () => {
  const charge = (client: ReturnType<typeof createTestClient>) =>
    client.POST("/charges", { body: { amount: 5, note: "ünïcode ✓" } });

  it.each([408, 500, 502, 504])("does not re-send after %i (the charge may have happened)", async (status) => {
    failThenSucceed(status, status);
    const { error } = await charge(createTestClient(server.url));
    expect(error?.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  it.each([429, 503])("re-sends after %i (refused before processing), body intact", async (status) => {
    failThenSucceed(status);
    const { data } = await charge(createTestClient(server.url));
    expect(data).toEqual({ charged: true });
    expect(server.requests).toHaveLength(2);
    expect(server.requests.map((r) => r.body)).toEqual([
      JSON.stringify({ amount: 5, note: "ünïcode ✓" }),
      JSON.stringify({ amount: 5, note: "ünïcode ✓" }),
    ]);
    expect(server.requests[1]!.headers["x-test-key"]).toBe(server.requests[0]!.headers["x-test-key"]);
  });

  it("does not re-send when the connection drops after sending", async () => {
    server.handle((_request, response) => void response.socket?.destroy());
    await expect(charge(createTestClient(server.url))).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("does not re-send after a timeout", async () => {
    server.handle((_request, response) => void setTimeout(() => sendJson(response, 201, { charged: true }), 400));
    await expect(charge(createTestClient(server.url, { timeout: 50 }))).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("re-sends when the connection was refused (nothing was sent)", async () => {
    // The first attempt goes to a port nobody listens on; the retry reaches the server.
    const { url: refused } = await refusedUrl();
    failThenSucceed();
    const attempts: string[] = [];
    const client = createTestClient(refused, {
      fetch: (input, init) => {
        const url = String(input);
        attempts.push(url);
        return fetch(attempts.length === 1 ? url : url.replace(refused, server.url), init);
      },
    });
    const { data } = await charge(client);
    expect(data).toEqual({ charged: true });
    expect(attempts).toHaveLength(2);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body).toBe(JSON.stringify({ amount: 5, note: "ünïcode ✓" }));
  });

  it("gives up on a refused connection after maxRetries", async () => {
    const { url } = await refusedUrl();
    let attempts = 0;
    const client = createTestClient(url, {
      maxRetries: 2,
      fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      },
    });
    const error = await charge(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(attempts).toBe(3);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });
});
