// Fallback never risks a double charge: against real loopback servers standing in for the
// providers, each counting the requests it received, describeImage moves on only after failures
// that prove the provider did not process the image, and never after one that may have.
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { InvalidInputError, MissingApiKeyError } from "@image-sdk/core";
import {
  type ReceivedRequest,
  sendJson,
  startTestServer,
  type TestServer,
} from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AllProvidersFailedError,
  type DescribeImageOptions,
  describeImage,
  type ProviderName,
  providerNames,
} from "../src/node.ts";

const sample = new URL("../sample/sea.png", import.meta.url);
let imageUrl: string;
let images: TestServer;
/** One server per provider with an adapter, answering as that provider (keys of `answers`). */
let servers: Record<ProviderName, TestServer>;
let refusedUrl: string;

type Handler = (request: ReceivedRequest, response: ServerResponse) => void;
/** A loopback stand-in's answer per adapter: typed by the adapter table, so a new adapter needs one here. */
const answers: Record<ProviderName, Handler> = {
  flamel: (_request, response) => sendJson(response, 201, { captionPrompt: "from flamel" }),
  freepik: (request, response) =>
    sendJson(response, 200, {
      data:
        request.method === "POST"
          ? { task_id: "task-1", status: "CREATED", generated: [] }
          : { task_id: "task-1", status: "COMPLETED", generated: ["from freepik"] },
    }),
  novita: (_request, response) => sendJson(response, 200, { prompt: "from novita" }),
  ideogram: (_request, response) => sendJson(response, 200, { descriptions: [{ text: "from ideogram" }] }),
};

beforeAll(async () => {
  const names = Object.keys(answers) as ProviderName[];
  servers = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await startTestServer()] as const)),
  ) as Record<ProviderName, TestServer>;
  images = await startTestServer();
  // Where Novita and Ideogram download the image from (Flamel and Freepik get the URL itself).
  const png = await readFile(sample);
  images.handle((_request, response) => {
    response.writeHead(200, { "content-type": "image/png" }).end(png);
  });
  imageUrl = `${images.url}/sea.png`;
  // A port that was just listening and is now closed: connecting to it is refused.
  const closed = await startTestServer();
  refusedUrl = closed.url;
  await closed.close();
});
afterAll(() => Promise.all([...Object.values(servers), images].map((server) => server.close())));
beforeEach(() => {
  for (const [name, answer] of Object.entries(answers)) servers[name as ProviderName].handle(answer);
  for (const name of providerNames) delete process.env[`${name.toUpperCase().replace(/-/g, "_")}_API_KEY`];
});

it("has a loopback stand-in for every adapter describeImage() falls back over", () => {
  expect(Object.keys(answers).sort(), "add the new adapter's answer, server and options to this file").toEqual(
    [...providerNames].sort(),
  );
});

/** Every provider pointed at its loopback server, with a key; retries off so each hit is one attempt. */
function options(overrides: DescribeImageOptions = {}): DescribeImageOptions {
  return {
    flamel: { baseUrl: servers.flamel.url, apiKey: "flamel-key", maxRetries: 0 },
    freepik: { baseUrl: servers.freepik.url, apiKey: "freepik-key", maxRetries: 0, pollInterval: 5 },
    novita: { baseUrl: servers.novita.url, apiKey: "novita-key", maxRetries: 0 },
    ideogram: { baseUrl: servers.ideogram.url, apiKey: "ideogram-key", maxRetries: 0 },
    ...overrides,
  };
}

const failWith =
  (status: number): Handler =>
  (_request, response) =>
    sendJson(response, status, { code: "fault", message: `injected ${status}` });

describe("moves on after a failure that proves the provider did not process the image", () => {
  it.each([
    { fault: "429 Too Many Requests", status: 429 },
    { fault: "503 Service Unavailable", status: 503 },
  ])("$fault", async ({ status }) => {
    servers.flamel.handle(failWith(status));
    const result = await describeImage(imageUrl, { ...options(), providers: ["flamel", "novita"] });
    expect(result).toMatchObject({ provider: "novita", prompt: "from novita" });
    expect(servers.flamel.requests).toHaveLength(1);
    expect(servers.novita.requests).toHaveLength(1);
    expect(result.attempts.map(({ provider, ok }) => ({ provider, ok }))).toEqual([
      { provider: "flamel", ok: false },
      { provider: "novita", ok: true },
    ]);
    expect(result.attempts[0]?.error).toMatchObject({ status });
  });

  it("connection refused", async () => {
    const base = options();
    const result = await describeImage(imageUrl, {
      ...base,
      flamel: { ...base.flamel, baseUrl: refusedUrl },
      providers: ["flamel", "freepik"],
    });
    expect(result).toMatchObject({ provider: "freepik", prompt: "from freepik", taskId: "task-1" });
    expect(result.attempts[0]).toMatchObject({ provider: "flamel", ok: false, error: { name: "ConnectionError" } });
    expect(servers.freepik.requests.map((request) => request.method)).toEqual(["POST", "GET"]);
  });

  it("a missing API key (nothing is sent)", async () => {
    const base = options();
    const { apiKey: _none, ...flamelWithoutKey } = base.flamel ?? {};
    const result = await describeImage(imageUrl, {
      ...base,
      flamel: flamelWithoutKey,
      providers: ["flamel", "novita"],
    });
    expect(result.provider).toBe("novita");
    expect(result.attempts[0]?.error).toBeInstanceOf(MissingApiKeyError);
    expect(servers.flamel.requests).toHaveLength(0);
  });

  it("an input the provider cannot take (bytes for Flamel; nothing is sent)", async () => {
    const bytes = new Uint8Array(await readFile(sample));
    const result = await describeImage(bytes, { ...options(), providers: ["flamel", "novita"] });
    expect(result.provider).toBe("novita");
    expect(result.attempts[0]?.error).toBeInstanceOf(InvalidInputError);
    expect(servers.flamel.requests).toHaveLength(0);
    expect(JSON.parse(servers.novita.requests[0]?.body ?? "{}").image_file).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("an image Ideogram does not take (a GIF; nothing is sent)", async () => {
    const gif = new TextEncoder().encode("GIF89a\x01\x00\x01\x00");
    const result = await describeImage(gif, { ...options(), providers: ["ideogram", "novita"] });
    expect(result.provider).toBe("novita");
    expect(result.attempts[0]?.error).toBeInstanceOf(InvalidInputError);
    expect(result.attempts[0]?.error).toMatchObject({ message: expect.stringContaining("JPEG, PNG or WebP") });
    expect(servers.ideogram.requests).toHaveLength(0);
  });
});

describe("Ideogram", () => {
  it("is sent the downloaded image as its multipart image_file and answers its first description", async () => {
    const result = await describeImage(imageUrl, { ...options(), provider: "ideogram" });
    expect(result).toMatchObject({ provider: "ideogram", prompt: "from ideogram" });
    const [upload] = servers.ideogram.requests;
    expect(upload).toMatchObject({ method: "POST", url: "/describe" });
    expect(upload?.headers["api-key"]).toBe("ideogram-key");
    expect(upload?.body).toMatch(/name="image_file"; filename="[^"]+"\r\nContent-Type: image\/png/);
  });

  it("moves on after its 429, and stops after its 500", async () => {
    servers.ideogram.handle(failWith(429));
    const movedOn = await describeImage(imageUrl, { ...options(), providers: ["ideogram", "novita"] });
    expect(movedOn.provider).toBe("novita");
    servers.ideogram.handle(failWith(500));
    const stopped = await describeImage(imageUrl, { ...options(), providers: ["ideogram", "novita"] }).catch(
      (error: unknown) => error,
    );
    expect(stopped).toMatchObject({ name: "AllProvidersFailedError", notTried: ["novita"] });
    expect(servers.ideogram.requests).toHaveLength(1);
  });
});

describe("stops after a failure that may have been processed, naming the providers not tried", () => {
  const dropConnection: Handler = (_request, response) => response.socket?.destroy();
  const neverAnswer: Handler = () => {};
  it.each([
    { fault: "500 Internal Server Error", handler: failWith(500), error: "InternalServerError" },
    { fault: "502 Bad Gateway", handler: failWith(502), error: "InternalServerError" },
    { fault: "504 Gateway Timeout", handler: failWith(504), error: "InternalServerError" },
    { fault: "400 Bad Request", handler: failWith(400), error: "BadRequestError" },
    { fault: "a dropped connection", handler: dropConnection, error: "ConnectionError" },
    { fault: "a timeout", handler: neverAnswer, error: "TimeoutError" },
  ])("$fault", async ({ handler, error: name }) => {
    servers.novita.handle(handler);
    const failure = await describeImage(imageUrl, {
      ...options(),
      timeout: 1_000,
      providers: ["novita", "flamel", "freepik"],
      novita: { baseUrl: servers.novita.url, apiKey: "novita-key" },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AllProvidersFailedError);
    const { attempts, notTried, errors, message } = failure as AllProvidersFailedError;
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ provider: "novita", ok: false, error: { name } });
    expect(errors).toEqual([attempts[0]?.error]);
    expect(notTried).toEqual(["flamel", "freepik"]);
    expect(message).toContain("Not tried: flamel, freepik");
    // Novita's own retry rule holds too: a POST that may have been processed is never re-sent.
    expect(servers.novita.requests.filter((request) => request.method === "POST")).toHaveLength(1);
    expect(servers.flamel.requests).toHaveLength(0);
    expect(servers.freepik.requests).toHaveLength(0);
  });

  it("a Freepik task that failed after it was created (its task id is on the attempt)", async () => {
    servers.freepik.handle((request, response) =>
      sendJson(response, 200, {
        data: { task_id: "task-9", status: request.method === "POST" ? "CREATED" : "FAILED" },
      }),
    );
    const failure = (await describeImage(imageUrl, { ...options(), providers: ["freepik", "novita"] }).catch(
      (error: unknown) => error,
    )) as AllProvidersFailedError;
    expect(failure.attempts).toEqual([
      expect.objectContaining({
        provider: "freepik",
        ok: false,
        taskId: "task-9",
        error: expect.objectContaining({ name: "TaskFailedError" }),
      }),
    ]);
    expect(servers.novita.requests).toHaveLength(0);
  });

  it("unless fallbackOn widens the rule", async () => {
    servers.novita.handle(failWith(500));
    const seen: string[] = [];
    const result = await describeImage(imageUrl, {
      ...options(),
      providers: ["novita", "flamel"],
      fallbackOn: (error, provider) => {
        seen.push(`${provider}: ${(error as Error).name}`);
        return true;
      },
    });
    expect(result).toMatchObject({ provider: "flamel", prompt: "from flamel" });
    expect(seen).toEqual(["novita: InternalServerError"]);
  });
});

it("reports every attempt on AllProvidersFailedError when all fail in ways that allow moving on", async () => {
  servers.flamel.handle(failWith(429));
  servers.freepik.handle(failWith(503));
  const failure = (await describeImage(imageUrl, { ...options(), novita: {}, ideogram: {} }).catch(
    (error: unknown) => error,
  )) as AllProvidersFailedError;
  expect(failure).toBeInstanceOf(AggregateError);
  expect(failure.attempts.map(({ provider, error }) => [provider, (error as Error).name])).toEqual([
    ["flamel", "RateLimitError"],
    ["freepik", "InternalServerError"],
    ["novita", "MissingApiKeyError"],
    ["ideogram", "MissingApiKeyError"],
  ]);
  expect(failure.notTried).toEqual([]);
  for (const line of ["Flamel: 429", "Freepik: 503", "Novita: no API key", "Ideogram: no API key"])
    expect(failure.message).toContain(line);
});

it("does not fall back when the caller cancels: the AbortError itself is thrown", async () => {
  const controller = new AbortController();
  servers.flamel.handle(() => controller.abort());
  const failure = await describeImage(imageUrl, { ...options(), signal: controller.signal }).catch(
    (error: unknown) => error,
  );
  expect(failure).toMatchObject({ name: "AbortError" });
  expect(servers.freepik.requests).toHaveLength(0);
  expect(servers.novita.requests).toHaveLength(0);
});

it("for every HTTP error status, moves on exactly after 429 and 503 (refused before processing)", async () => {
  const movedOn: number[] = [];
  for (let status = 400; status <= 599; status++) {
    servers.flamel.handle(failWith(status));
    servers.novita.handle(answers.novita);
    const outcome = await describeImage(imageUrl, { ...options(), providers: ["flamel", "novita"] }).catch(
      (error: unknown) => error,
    );
    // Node's fetch (undici) itself re-sends once on 421 Misdirected Request, which by definition
    // was not processed (RFC 9110 §15.5.20); every other status is sent exactly once.
    expect(servers.flamel.requests, `status ${status}: never re-sent`).toHaveLength(status === 421 ? 2 : 1);
    if (!(outcome instanceof AllProvidersFailedError)) movedOn.push(status);
    else expect(servers.novita.requests, `status ${status}`).toHaveLength(0);
  }
  expect(movedOn).toEqual([429, 503]);
});
