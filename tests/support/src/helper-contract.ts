// The behaviour every provider helper shares, as one suite each provider package runs against its
// own helpers on a loopback server: `.withResponse()`, the SDK's User-Agent, and each per-call
// option (headers, timeout, maxRetries, retryDelay, maxRetryDelay, signal) taking effect for that
// call only. Errors are recognised by name, not class: core's tests use this package, so it cannot
// import core.
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { expect, it } from "vitest";
import { gaps, type Handler, sendJson, type TestServer } from "./http-test-server.ts";

/** The per-call options, as every helper must accept them (core's RequestOptions). */
export interface PerCallOptions {
  headers?: Record<string, string | null | undefined>;
  timeout?: number;
  maxRetries?: number;
  retryDelay?: number;
  maxRetryDelay?: number;
  signal?: AbortSignal;
}

/** What a helper returns: awaitable data, and `.withResponse()`. */
export interface HelperCall extends PromiseLike<unknown> {
  withResponse(): Promise<{ data: unknown; response: Response; requestId: string | undefined }>;
}

export interface HelperUnderTest {
  server: () => TestServer;
  /**
   * Calls the helper once with `options`, on a client whose own tuning options differ from the
   * ones tried here (retryDelay 5 ms, maxRetries default 2, timeout default 60 s).
   */
  call: (options: PerCallOptions) => HelperCall;
  /** Answers so that the helper succeeds at its first request. */
  succeed: Handler;
  /** The package's package.json, whose name and version the User-Agent must carry. */
  packageJson: URL;
}

const unavailable = (response: ServerResponse, headers: Record<string, string> = {}) =>
  sendJson(response, 503, { message: "Service Unavailable" }, headers);
// Never answers: the attempt can only end by its timeout or the caller's signal.
const stall: Handler = () => new Promise(() => {});

async function failure(call: PromiseLike<unknown>): Promise<Error & { status?: number }> {
  try {
    await call;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the helper to fail");
}

/** Registers the shared cases for one helper (inside the caller's `describe`). */
export function helperContract({ server, call, succeed, packageJson }: HelperUnderTest): void {
  it("names the package and its version in User-Agent, unless the call's headers replace it", async () => {
    const { name, version } = JSON.parse(await readFile(packageJson, "utf8"));
    server().handle(succeed);
    await call({});
    await call({ headers: { "User-Agent": "my-app/2.0" } });
    expect(server().requests.map((request) => request.headers["user-agent"])).toEqual([
      `${name.replace("@image-sdk/", "image-sdk-")}/${version}`,
      "my-app/2.0",
    ]);
  });

  it("withResponse() gives the data with the response and its request id, from one request", async () => {
    const requestId = `req-${Math.random().toString(36).slice(2)}`;
    server().handle((request, response) => {
      response.setHeader("x-request-id", requestId);
      return succeed(request, response);
    });
    const promise = call({});
    const [full, data] = await Promise.all([promise.withResponse(), promise]);
    expect(full.data).toEqual(data);
    expect(data).toBeDefined();
    expect(full.response).toBeInstanceOf(Response);
    expect(full.response.ok).toBe(true);
    expect(full.requestId).toBe(requestId);
    expect(server().requests).toHaveLength(1);
  });

  it("leaves no unhandled rejection when only withResponse() is used", async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      server().handle((_request, response) => sendJson(response, 400, { message: "bad" }));
      await expect(call({}).withResponse()).rejects.toMatchObject({ status: 400 });
      // Unhandled rejections are reported after the microtask queue drains.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("unhandledRejection", record);
    }
    expect(unhandled).toEqual([]);
  });

  it("sends the call's headers over the client's, and removes one given as null", async () => {
    server().handle((_request, response) => sendJson(response, 400, { message: "bad" }));
    await failure(call({ headers: { "x-team": "imaging", "user-agent": null } }));
    const [sent] = server().requests;
    expect(sent?.headers["x-team"]).toBe("imaging");
    expect(sent?.headers["user-agent"] ?? "").not.toMatch(/^image-sdk-/);
  });

  it("ends an attempt at the call's timeout", async () => {
    server().handle(stall);
    const error = await failure(call({ timeout: 150, maxRetries: 0 }));
    expect(error.name).toBe("TimeoutError");
    expect(error.message).toContain("150 ms");
  });

  it("retries as often as the call's maxRetries says", async () => {
    server().handle((_request, response) => unavailable(response));
    expect(await failure(call({ maxRetries: 3, retryDelay: 1 }))).toMatchObject({ status: 503 });
    expect(server().requests).toHaveLength(4);
    server().handle((_request, response) => unavailable(response));
    await failure(call({ maxRetries: 0 }));
    expect(server().requests).toHaveLength(1);
  });

  it("waits the call's retryDelay between attempts", async () => {
    server().handle((_request, response) => unavailable(response));
    await failure(call({ maxRetries: 1, retryDelay: 400 }));
    // Backoff has jitter in [½, 1] of the step; the client's own retryDelay is 5 ms.
    expect(gaps(server().requests)[0]).toBeGreaterThanOrEqual(190);
  });

  it("caps a Retry-After at the call's maxRetryDelay", { timeout: 20_000 }, async () => {
    server().handle((_request, response) => unavailable(response, { "retry-after": "60" }));
    await failure(call({ maxRetries: 1, maxRetryDelay: 50 }));
    expect(server().requests).toHaveLength(2);
    expect(gaps(server().requests)[0]).toBeLessThan(10_000);
  });

  it("is cancelled by the call's signal", async () => {
    server().handle(stall);
    const error = await failure(call({ signal: AbortSignal.timeout(100) }));
    expect(error.name).toBe("AbortError");
  });

  it("names a per-call option of the wrong type before sending", async () => {
    server().handle(succeed);
    // A careless caller (or plain JavaScript): a string where a number goes.
    const error = await failure(call({ timeout: "100" as unknown as number }));
    expect(error.name).toBe("InvalidOptionError");
    expect(error.message).toContain('timeout must be a number of ms ≥ 0, or Infinity; got "100"');
    expect(server().requests).toHaveLength(0);
  });
}
