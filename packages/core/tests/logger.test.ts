// Logging (the logger and logLevel options, IMAGE_SDK_LOG) against a real loopback server, with a
// logger that records every call it gets: which lines each level writes, what a retry and a final
// failure say, and that neither the key nor (below debug) a body ever reaches a logger.
import { Writable } from "node:stream";
import { inspect } from "node:util";
import { gaps, refusedUrl, sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { captureOutput } from "@image-sdk/test-support/key-redaction";
import fc from "fast-check";
import { pino } from "pino";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  AbortError,
  type ClientOptions,
  ConnectionError,
  InvalidOptionError,
  type Logger,
  type LogLevel,
} from "../src/index.ts";
import { createApiClient, type ProviderConfig } from "../src/internal.ts";
import { describeBody } from "../src/logger.ts";
import { redactorFor } from "../src/redact-secrets.ts";
import { createTestClient, type TestPaths, testKey, testProvider } from "./test-api.ts";

const server = useTestServer();
afterEach(() => {
  delete process.env.IMAGE_SDK_LOG;
});

interface Line {
  level: keyof Logger;
  message: string;
  fields: Record<string, unknown>;
  /** Every argument after the message, to prove there is exactly one (the fields). */
  rest: unknown[];
}

/** A logger that keeps what it is given. */
function recordingLogger() {
  const lines: Line[] = [];
  const record =
    (level: keyof Logger) =>
    (message: string, ...rest: unknown[]) =>
      void lines.push({ level, message, fields: rest[0] as Record<string, unknown>, rest });
  const logger: Logger = { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") };
  return { logger, lines, at: (level: keyof Logger) => lines.filter((line) => line.level === level) };
}

const params = { path: { id: "7" } };
const levels: LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** Scripted answers, one per request, in order; the last one repeats. */
function answer(...replies: Array<[status: number, body: unknown, headers?: Record<string, string>]>) {
  let n = 0;
  server.handle((_request, response) => {
    const [status, body, headers] = replies[Math.min(n++, replies.length - 1)]!;
    sendJson(response, status, body, headers);
  });
}

/** A GET retried once after a 503, then a POST with a body that ends in a 500 (not retried: it may have charged). */
async function retryThenFailure(options: ClientOptions) {
  answer([503, { error: "busy" }], [200, { id: "7" }], [500, { error: "broken" }]);
  const client = createTestClient(server.url, options);
  const got = await client.GET("/items/{id}", { params });
  const charged = await client.POST("/charges", { body: { amount: 3 } });
  expect(got.data).toEqual({ id: "7" });
  expect(charged.error?.status).toBe(500);
}

describe("levels", () => {
  // At debug the scenario writes: GET: info 503, warn retry, info 200, debug response body;
  // POST: debug request body, info 500, debug response body, error. Each level adds its own.
  const expected = { error: 1, warn: 1, info: 3, debug: 3 };

  it.each(levels)("%s writes its own lines and those of the quieter levels, no others", async (logLevel) => {
    const { logger, lines, at } = recordingLogger();
    await retryThenFailure({ logger, logLevel });
    const on = levels.slice(1, levels.indexOf(logLevel) + 1) as Array<keyof Logger>;
    for (const level of ["error", "warn", "info", "debug"] as const) {
      expect(at(level), level).toHaveLength(on.includes(level) ? expected[level] : 0);
    }
    for (const line of lines) {
      expect(line.message.startsWith(`Test: ${line.fields.method} ${server.url}/`), line.message).toBe(true);
      expect(line.rest).toHaveLength(1);
      expect(line.fields).toMatchObject({ provider: "Test", maxRetries: 2 });
    }
  });

  it("logs each attempt's status and duration at info", async () => {
    server.handle((_request, response) => void setTimeout(() => sendJson(response, 200, { id: "7" }), 120));
    const { logger, at } = recordingLogger();
    await createTestClient(server.url, { logger, logLevel: "info" }).GET("/items/{id}", { params });
    const [line] = at("info");
    expect(line!.fields).toMatchObject({ method: "GET", url: `${server.url}/items/7`, attempt: 1, status: 200 });
    const duration = line!.fields.durationMs as number;
    expect(duration).toBeGreaterThanOrEqual(115);
    expect(line!.message).toBe(`Test: GET ${server.url}/items/7 attempt 1 of 3: 200 in ${duration} ms`);
  });

  it("takes the level and the logger from the options over IMAGE_SDK_LOG, which it reads otherwise", async () => {
    process.env.IMAGE_SDK_LOG = "debug";
    const fromEnv = recordingLogger();
    await retryThenFailure({ logger: fromEnv.logger });
    expect(fromEnv.at("debug")).toHaveLength(3);
    const quieter = recordingLogger();
    await retryThenFailure({ logger: quieter.logger, logLevel: "warn" });
    expect(quieter.lines.map((line) => line.level)).toEqual(["warn", "error"]);
    const off = recordingLogger();
    await retryThenFailure({ logger: off.logger, logLevel: "off" });
    expect(off.lines).toEqual([]);
  });

  it("is off without the option and the variable (an empty variable counts as unset)", async () => {
    const unset = recordingLogger();
    await retryThenFailure({ logger: unset.logger });
    process.env.IMAGE_SDK_LOG = "";
    const empty = recordingLogger();
    await retryThenFailure({ logger: empty.logger });
    expect([...unset.lines, ...empty.lines]).toEqual([]);
  });

  it("writes to the console when no logger is given", async () => {
    const { output } = await captureOutput(() => retryThenFailure({ logLevel: "info" }));
    expect(output).toContain(`Test: GET ${server.url}/items/7 attempt 1 of 3: 503 in `);
    expect(output).toContain(`Test: POST ${server.url}/charges failed after 1 attempt: 500`);
  });
});

describe("retries and failures", () => {
  it("warns of a retried 503 with its reason and the Retry-After delay, then logs the success", async () => {
    answer([503, { error: "busy" }, { "retry-after": "0.08" }], [200, { id: "7" }]);
    const { logger, lines } = recordingLogger();
    await createTestClient(server.url, { logger, logLevel: "info" }).GET("/items/{id}", { params });
    expect(lines.map((line) => [line.level, line.fields.attempt, line.fields.status])).toEqual([
      ["info", 1, 503],
      ["warn", 1, undefined],
      ["info", 2, 200],
    ]);
    const warn = lines[1]!;
    expect(warn.fields).toMatchObject({ reason: 503, delayMs: 80 });
    expect(warn.message).toBe(`Test: GET ${server.url}/items/7 retry 1 of 2 in 80 ms (Retry-After) after 503`);
    expect(gaps(server.requests)[0]).toBeGreaterThanOrEqual(75);
  });

  it("warns of the backoff delay it then waits", async () => {
    answer([503, { error: "busy" }], [200, { id: "7" }]);
    const { logger, at } = recordingLogger();
    await createTestClient(server.url, { logger, logLevel: "warn", retryDelay: 100 }).GET("/items/{id}", { params });
    const delay = at("warn")[0]!.fields.delayMs as number;
    expect(delay).toBeGreaterThanOrEqual(50); // jitter: half to all of the 100 ms step
    expect(delay).toBeLessThanOrEqual(100);
    expect(at("warn")[0]!.message).toContain(`retry 1 of 2 in ${delay} ms after 503`);
    expect(gaps(server.requests)[0]).toBeGreaterThanOrEqual(delay - 5);
  });

  it("logs a timed-out attempt, its retry, and the success", async () => {
    let n = 0;
    server.handle((_request, response) => {
      if (n++ === 0) setTimeout(() => sendJson(response, 200, { id: "late" }), 1000);
      else sendJson(response, 200, { id: "7" });
    });
    const { logger, lines } = recordingLogger();
    await createTestClient(server.url, { logger, logLevel: "info", timeout: 150 }).GET("/items/{id}", { params });
    expect(lines.map((line) => [line.level, line.fields.reason])).toEqual([
      ["info", "timeout"],
      ["warn", "timeout"],
      ["info", undefined],
    ]);
    expect(lines[0]!.message).toMatch(/attempt 1 of 3: timeout in \d+ ms$/);
    expect(lines[0]!.fields.durationMs).toBeGreaterThanOrEqual(145);
    expect(lines[1]!.message).toMatch(/retry 1 of 2 in \d+ ms after timeout$/);
    expect(lines[2]!.fields.status).toBe(200);
  });

  it("logs the error it throws at error, after the attempts and the retry", async () => {
    const { url } = await refusedUrl();
    const { logger, lines } = recordingLogger();
    const error = await createTestClient(url, { logger, logLevel: "info", maxRetries: 1 })
      .GET("/items/{id}", { params })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(lines.map((line) => [line.level, line.fields.attempt, line.fields.reason])).toEqual([
      ["info", 1, "not-sent"],
      ["warn", 1, "not-sent"],
      ["info", 2, "not-sent"],
      ["error", 2, "not-sent"],
    ]);
    expect(lines[3]!.message).toMatch(
      new RegExp(`^Test: GET ${url}/items/7 failed after 2 attempts: not-sent: .*ECONNREFUSED`),
    );
  });

  it("logs neither the attempt a signal cancels nor its AbortError", async () => {
    const cancel = new AbortController();
    // Cancelled once the server has the request, so the attempt is under way.
    server.handle((_request, response) => {
      cancel.abort();
      setTimeout(() => sendJson(response, 200, { id: "7" }), 1000);
    });
    const { logger, lines } = recordingLogger();
    const error = await createTestClient(server.url, { logger, logLevel: "debug" })
      .GET("/items/{id}", { params, signal: cancel.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
    expect(lines).toEqual([]);
  });

  it("logs an error status it returns at error, once", async () => {
    answer([404, { error: "item_missing" }]);
    const { logger, at } = recordingLogger();
    const { error } = await createTestClient(server.url, { logger, logLevel: "error" }).GET("/items/{id}", { params });
    expect(error?.status).toBe(404);
    expect(at("error").map((line) => line.message)).toEqual([
      `Test: GET ${server.url}/items/7 failed after 1 attempt: 404`,
    ]);
  });
});

describe("bodies", () => {
  const requestMarker = "request-marker-5c1d";
  const responseMarker = "response-marker-9e2a";

  it.each(levels)("at %s: in the lines only at debug", async (logLevel) => {
    answer([201, { charged: true, note: responseMarker }]);
    const { logger, lines, at } = recordingLogger();
    await createTestClient(server.url, { logger, logLevel }).POST("/charges", {
      body: { amount: 1, note: requestMarker },
    });
    const shown = inspect(lines, { depth: 10 });
    expect(shown.includes(requestMarker)).toBe(logLevel === "debug");
    expect(shown.includes(responseMarker)).toBe(logLevel === "debug");
    if (logLevel === "debug") {
      expect(at("debug").map((line) => line.message)).toEqual([
        `Test: POST ${server.url}/charges request body: {"amount":1,"note":"${requestMarker}"}`,
        `Test: POST ${server.url}/charges 201 response body: {"charged":true,"note":"${responseMarker}"}`,
      ]);
    }
  });

  it("shortens a long body to an excerpt", async () => {
    answer([201, { charged: true, note: "x".repeat(5000) }]);
    const { logger, at } = recordingLogger();
    await createTestClient(server.url, { logger, logLevel: "debug" }).POST("/charges", { body: { amount: 1 } });
    const response = at("debug")[1]!;
    expect(response.message.length).toBeLessThan(300);
    expect(response.message.endsWith("…")).toBe(true);
  });

  it("shows binary and multipart bodies by type and size, never their content", async () => {
    const binaryProvider: ProviderConfig = {
      ...testProvider,
      operations: {
        "GET /items/{id}": { security: [["key"]], responses: { 200: "blob" } },
        "POST /charges": { security: [["key"]], request: ["json", "application/json"], responses: { 201: "json" } },
      },
    };
    const secret = "pixels-of-a-private-photo";
    server.handle((request, response) => {
      if (request.method === "GET") {
        response.writeHead(200, { "content-type": "image/png", "content-length": secret.length });
        response.end(secret);
      } else sendJson(response, 201, { charged: true });
    });
    const { logger, at } = recordingLogger();
    const client = createApiClient<TestPaths>(binaryProvider, { apiKey: testKey, baseUrl: server.url, logger });
    const debugClient = createApiClient<TestPaths>(binaryProvider, {
      apiKey: testKey,
      baseUrl: server.url,
      logger,
      logLevel: "debug",
    });
    expect(await client.GET("/items/{id}", { params })).toHaveProperty("data"); // off: nothing recorded
    await debugClient.GET("/items/{id}", { params });
    const form = new FormData();
    form.append("note", secret);
    form.append("image", new Blob([secret], { type: "image/png" }), "a.png");
    // The test API documents JSON for this body; a body already in wire form is sent as given.
    await debugClient.POST("/charges", { body: form as never });
    await debugClient.POST("/charges", { body: new Blob([secret], { type: "image/png" }) as never });
    await debugClient.POST("/charges", { body: new TextEncoder().encode(secret) as never });
    expect(at("debug").map((line) => line.message.replace(`${server.url}/`, ""))).toEqual([
      `Test: GET items/7 200 response body: image/png, ${secret.length} bytes`,
      "Test: POST charges request body: multipart/form-data, 2 parts",
      `Test: POST charges 201 response body: {"charged":true}`,
      `Test: POST charges request body: image/png, ${secret.length} bytes`,
      `Test: POST charges 201 response body: {"charged":true}`,
      `Test: POST charges request body: binary, ${secret.length} bytes`,
      `Test: POST charges 201 response body: {"charged":true}`,
    ]);
    expect(server.requests.at(-1)!.body).toBe(secret); // it was sent
  });
});

describe("the key", () => {
  const queryProvider: ProviderConfig = {
    ...testProvider,
    securitySchemes: { key: { type: "apiKey", in: "query", name: "api_key" } },
  };
  // Characters a query string encodes, so the key appears in the URL in another form than its own.
  const queryKey = "sk/test+4f9a1c0b7e2d=";

  const schemes: Array<[string, ProviderConfig, string]> = [
    ["in a header", testProvider, testKey],
    ["in the query string", queryProvider, queryKey],
  ];

  it.each(schemes)("%s never reaches a logger, at any level, even echoed in bodies", async (_name, provider, key) => {
    const echo = `the key ${key} is not valid`;
    for (const logLevel of levels) {
      const { logger, lines } = recordingLogger();
      const client = createApiClient<TestPaths>(provider, {
        apiKey: key,
        baseUrl: server.url,
        logger,
        logLevel,
        retryDelay: 5,
      });
      answer([503, { error: "busy", message: echo }], [200, { id: echo }], [401, { error: "bad_key", message: echo }]);
      await client.GET("/items/{id}", { params });
      await client.POST("/charges", { body: { amount: 1, note: key } });
      const { url } = await refusedUrl();
      await createApiClient<TestPaths>(provider, {
        apiKey: key,
        baseUrl: url,
        logger,
        logLevel,
        maxRetries: 1,
        retryDelay: 5,
      })
        .GET("/items/{id}", { params })
        .catch(() => {});
      const shown = inspect(lines, { depth: 10 });
      for (const form of [key, encodeURIComponent(key)]) expect(shown, logLevel).not.toContain(form);
      if (logLevel === "debug") expect(shown).toContain("[redacted]"); // the echoes were logged, redacted
      if (logLevel !== "off") expect(lines.length).toBeGreaterThan(0);
    }
    // It was sent, where the scheme puts it.
    const sent = server.requests.at(-1)!;
    expect(provider === queryProvider ? sent.url : sent.headers["x-test-key"]).toContain(
      provider === queryProvider ? encodeURIComponent(key) : key,
    );
  });

  // Any key a header can carry (printable ASCII): characters URLs encode and JSON escapes included.
  // 200 runs of a whole call each: seconds on a loaded machine, so more than vitest's 5 s default.
  it("never reaches a logger for any key, echoed in the URL and in the bodies", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[\x21-\x7e]{12,40}$/), fc.constantFrom(...schemes), async (key, scheme) => {
        const provider = scheme[1];
        let n = 0;
        const fetch = async (url: string | URL | Request, init?: RequestInit) => {
          const echo = { url: String(url), note: init?.body ? JSON.parse(String(init.body)).note : undefined };
          const status = n++ === 0 ? 503 : 201;
          return new Response(JSON.stringify(echo), { status, headers: { "content-type": "application/json" } });
        };
        const { logger, lines } = recordingLogger();
        const options = { apiKey: key, baseUrl: "http://api.test", logger, logLevel: "debug", retryDelay: 0, fetch };
        await createApiClient<TestPaths>(provider, options as ClientOptions).POST("/charges", {
          body: { amount: 1, note: `the key ${key} is not valid` },
        });
        expect(lines.length).toBeGreaterThan(4);
        // The text itself, not a serialization of it, which would escape an escaped key once more.
        const texts = lines.flatMap((line) => [line.message, ...Object.values(line.fields).map(String)]);
        for (const form of [key, encodeURIComponent(key), JSON.stringify(key).slice(1, -1)]) {
          for (const text of texts) expect(text).not.toContain(form);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is redacted before a body is shortened, wherever the excerpt cuts it", () => {
    const redact = redactorFor([testKey]);
    const prefix = testKey.slice(0, 4);
    for (let filler = 0; filler < 400; filler++) {
      const shown = describeBody(`${"x".repeat(filler)} ${testKey} and more`, redact);
      expect(shown, `after ${filler} characters`).not.toContain(prefix);
    }
  });

  it("shows the URL of a query-string key scheme redacted", async () => {
    answer([200, { id: "7" }]);
    const { logger, at } = recordingLogger();
    await createApiClient<TestPaths>(queryProvider, {
      apiKey: queryKey,
      baseUrl: server.url,
      logger,
      logLevel: "info",
    }).GET("/items/{id}", { params });
    expect(at("info")[0]!.fields.url).toBe(`${server.url}/items/7?api_key=[redacted]`);
  });
});

describe("bad options", () => {
  it.each([
    [
      { logLevel: "verbose" as LogLevel },
      'Test: option logLevel must be one of "off", "error", "warn", "info", "debug"; got "verbose".',
    ],
    [{ logLevel: 3 as unknown as LogLevel }, "option logLevel must be"],
    [{ logLevel: "info", logger: { info() {} } as unknown as Logger }, "Test: option logger must have debug, info"],
  ] satisfies Array<[ClientOptions, string]>)("%j throws InvalidOptionError naming it", (options, message) => {
    expect(() => createTestClient(server.url, options)).toThrow(InvalidOptionError);
    expect(() => createTestClient(server.url, options)).toThrow(message);
  });

  it("names IMAGE_SDK_LOG when the bad level comes from there, and the option overrides it", () => {
    process.env.IMAGE_SDK_LOG = "DEBUG";
    expect(() => createTestClient(server.url)).toThrow(InvalidOptionError);
    expect(() => createTestClient(server.url)).toThrow(
      'Test: the IMAGE_SDK_LOG environment variable must be one of "off", "error", "warn", "info", "debug"; ' +
        'got "DEBUG".',
    );
    expect(() => createTestClient(server.url, { logLevel: "off" })).not.toThrow();
  });
});

describe("pino", () => {
  it("is a Logger as it is, and receives every line at its level", async () => {
    const written: Array<{ level: number; msg: string }> = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        written.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = pino({ level: "debug" }, destination);
    expectTypeOf(logger).toExtend<Logger>();
    const recorded = recordingLogger();
    await retryThenFailure({ logger, logLevel: "debug" });
    await retryThenFailure({ logger: recorded.logger, logLevel: "debug" });
    const pinoLevels = { debug: 20, info: 30, warn: 40, error: 50 };
    const expected = recorded.lines.map((line) => [pinoLevels[line.level], line.message.replace(/\d+ ms/g, "")]);
    expect(written.map((line) => [line.level, line.msg.replace(/\d+ ms/g, "")])).toEqual(expected);
  });
});
