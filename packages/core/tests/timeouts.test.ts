// Timeout and cancellation rules. The network is not what is tested here (attempt-faults.test.ts
// does that on a loopback server), so time is faked and fetch is injected: no test waits for real.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError, ConnectionError, TimeoutError } from "../src/index.ts";
import { scriptedFetch } from "./scripted-fetch.ts";
import { createTestClient } from "./test-api.ts";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

const params = { path: { id: "7" } };
const url = "http://api.test";

describe("timeouts", () => {
  it("fails with TimeoutError (a ConnectionError) when headers do not arrive in time", async () => {
    const fetch = scriptedFetch("hang");
    const call = createTestClient(url, { timeout: 60, maxRetries: 0, fetch })
      .GET("/items/{id}", { params })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60);
    const error = await call;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(AbortError);
    expect((error as Error).message).toContain("got no response within 60 ms");
  });

  it("takes the per-call timeout over the client's", async () => {
    const fetch = scriptedFetch({ after: 1000, body: { id: "7" } });
    const call = createTestClient(url, { timeout: 30_000, maxRetries: 0, fetch })
      .GET("/items/{id}", { params, timeout: 60 })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(61);
    expect(await call).toBeInstanceOf(TimeoutError);
  });

  it("starts counting when the request starts, not when the client was created", async () => {
    const fetch = scriptedFetch({ after: 50, body: { id: "7" } });
    const client = createTestClient(url, { timeout: 1000, maxRetries: 0, fetch });
    await vi.advanceTimersByTimeAsync(1200);
    const call = client.GET("/items/{id}", { params });
    await vi.advanceTimersByTimeAsync(50);
    expect((await call).data).toEqual({ id: "7" });
  });

  it("retries a timed-out GET, each attempt with its own timeout", async () => {
    const fetch = scriptedFetch("hang", { after: 400, body: { id: "7" } });
    const call = createTestClient(url, { timeout: 500, maxRetries: 1, fetch }).GET("/items/{id}", { params });
    await vi.advanceTimersByTimeAsync(500 + 5 + 400); // first attempt's timeout, backoff, second answer
    expect((await call).data).toEqual({ id: "7" });
    expect(fetch.calls).toBe(2);
  });
});

describe("cancellation", () => {
  it("fails with AbortError, not TimeoutError, when the signal aborts", async () => {
    const fetch = scriptedFetch({ after: 1000, body: { id: "7" } });
    const controller = new AbortController();
    const call = createTestClient(url, { timeout: 30_000, fetch })
      .GET("/items/{id}", { params, signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    controller.abort(new Error("user left"));
    const error = await call;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).cause).toEqual(new Error("user left"));
    expect(fetch.calls).toBe(1); // aborting is not a reason to retry
  });

  it("sends nothing for an already-aborted signal", async () => {
    const fetch = scriptedFetch({ after: 0 });
    const error = await createTestClient(url, { fetch })
      .GET("/items/{id}", { params, signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(fetch.calls).toBe(0);
  });

  it("stops waiting between retries when the signal aborts", async () => {
    const fetch = scriptedFetch({ after: 0, status: 503, body: { error: "busy" }, headers: { "retry-after": "30" } });
    const controller = new AbortController();
    const call = createTestClient(url, { fetch })
      .GET("/items/{id}", { params, signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await call).toBeInstanceOf(AbortError);
    expect(fetch.calls).toBe(1);
  });
});
