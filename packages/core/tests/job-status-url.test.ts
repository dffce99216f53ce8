// Jobs checked at the status URL the submit answer gives (`statusUrl`: BFL's `polling_url`,
// Replicate's `urls.get`), against two loopback servers on different origins: the URL is called
// through the client's own call path, with the credentials only where the client already sends
// them (the baseUrl's origin, the document's servers), and the handle carries the URL to resume.
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import {
  type ApiPromise,
  type ClientOptions,
  InvalidInputError,
  type JobExtra,
  type JobHandle,
  type JobOptions,
  JobTimeoutError,
  UnexpectedResponseError,
} from "../src/index.ts";
import { createApiClient, type JobConfig, type JobMethods, type ProviderConfig, withJobs } from "../src/internal.ts";

const server = useTestServer();
/** Another origin (another port): neither the baseUrl's nor a documented server's. */
const foreign = useTestServer();

const providerWith = (servers: ProviderConfig["servers"]): ProviderConfig => ({
  name: "Polls",
  env: { apiKey: "POLLS_API_KEY", username: "POLLS_USERNAME", password: "POLLS_PASSWORD", baseUrl: "POLLS_BASE_URL" },
  servers,
  securitySchemes: { key: { type: "apiKey", in: "header", name: "x-key" } },
  operations: {
    "POST /renders": { security: [["key"]], request: ["json", "application/json"], responses: { 200: "json" } },
    "GET /results": { security: [["key"]], responses: { 200: "json" } },
  },
});

// Checked only at the URL the submit answers with...
const polled: JobConfig = {
  submit: "POST /renders",
  statusUrl: ["polling_url"],
  id: ["id"],
  statusField: ["status"],
  done: ["Ready"],
  failed: ["Error"],
  pending: ["Pending"],
  result: ["result"],
  noun: "task",
};
// ...and there when it does, else with the id (an answer to a submit with a webhook has no URL).
const polledOrById: JobConfig = { ...polled, status: "GET /results", idParameter: ["query", "id"] };
const { statusUrl: _, ...byId } = polledOrById;

type JobCall = (init: { body?: unknown } & JobOptions) => ApiPromise<unknown, JobExtra>;
const client = (options: ClientOptions = {}, servers: ProviderConfig["servers"] = [{ url: "http://127.0.0.1:9" }]) =>
  withJobs<JobMethods & { polled: JobCall; polledOrById: JobCall }>(
    createApiClient(providerWith(servers), { apiKey: "k-polls-1", baseUrl: server.url, retryDelay: 5, ...options }),
    { polled, polledOrById, byId },
  );

/** The submit answers `{ id, polling_url: url }`; the status URL answers each of `answers` in turn (then the last). */
function pollsAt(url: () => string, ...answers: Array<string | number>) {
  let checks = 0;
  const status = (request: { method: string }, response: Parameters<Parameters<typeof server.handle>[0]>[1]) => {
    if (request.method !== "GET") return sendJson(response, 405, { error: "GET only" });
    const answer = answers[Math.min(checks++, answers.length - 1)]!;
    if (typeof answer === "number") return sendJson(response, answer, { error: "busy" });
    sendJson(response, 200, { id: "t-1", status: answer, result: answer === "Ready" ? { sample: "a.png" } : null });
  };
  server.handle((request, response) =>
    request.method === "POST" ? sendJson(response, 200, { id: "t-1", polling_url: url() }) : status(request, response),
  );
  foreign.handle(status);
}

describe("a job checked at its status URL", () => {
  it("GETs the URL on the baseUrl's origin with the credentials, and keeps it in the handle", async () => {
    pollsAt(() => `${server.url}/poll/t-1?region=us1`, "Pending", "Ready");
    const full = await client()
      .polled({ body: { prompt: "a fox" }, pollInterval: 5 })
      .withResponse();
    expect(full).toMatchObject({
      data: { sample: "a.png" },
      jobId: "t-1",
      handle: { provider: "Polls", job: "polled", id: "t-1", statusUrl: `${server.url}/poll/t-1?region=us1` },
    });
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /renders",
      "GET /poll/t-1?region=us1",
      "GET /poll/t-1?region=us1",
    ]);
    expect(server.requests.every((request) => request.headers["x-key"] === "k-polls-1")).toBe(true);
    expect(foreign.requests).toEqual([]);
  });

  it("sends a URL on another origin no credentials, not even a headers option's authorization", async () => {
    pollsAt(() => `${foreign.url}/poll/t-1`, "Ready");
    const headers = { authorization: "Bearer proxy-token", "x-trace": "t-9" };
    expect(await client({ headers }).polled({ body: {}, pollInterval: 5 })).toEqual({ sample: "a.png" });
    expect(server.requests[0]!.headers).toMatchObject({ "x-key": "k-polls-1", authorization: "Bearer proxy-token" });
    const [check] = foreign.requests;
    expect(check).toMatchObject({ method: "GET", url: "/poll/t-1" });
    expect(check!.headers["x-key"]).toBeUndefined();
    expect(check!.headers.authorization).toBeUndefined();
    // Other headers are the client's as for any call.
    expect(check!.headers["x-trace"]).toBe("t-9");
  });

  it("sends the credentials to the origin of a server the document lists, though baseUrl is another", async () => {
    pollsAt(() => `${foreign.url}/poll/t-1`, "Ready");
    await client({}, [{ url: foreign.url }]).polled({ body: {}, pollInterval: 5 });
    expect(foreign.requests[0]!.headers["x-key"]).toBe("k-polls-1");
  });

  it("resolves a relative URL against the baseUrl, path included", async () => {
    pollsAt(() => "poll/t-1", "Ready");
    await client({ baseUrl: `${server.url}/api` }).polled({ body: {}, pollInterval: 5 });
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /api/renders",
      "GET /api/poll/t-1",
    ]);
    expect(server.requests[1]!.headers["x-key"]).toBe("k-polls-1");
  });

  it("keeps waiting through a 503 from the status URL, then returns the result", async () => {
    pollsAt(() => `${foreign.url}/poll/t-1`, 503, "Ready");
    expect(await client().polled({ body: {}, pollInterval: 5 })).toEqual({ sample: "a.png" });
    // One request per check: the loop retries checks, not the client.
    expect(foreign.requests.map((request) => request.url)).toEqual(["/poll/t-1", "/poll/t-1"]);
  });

  it("refuses an empty status URL as not http(s), rather than checking the server's root", async () => {
    pollsAt(() => "", "Ready");
    await expect(client().polledOrById({ body: {}, pollInterval: 5 })).rejects.toThrow(
      'has a task status URL (polling_url) that is not an http(s) URL: ""',
    );
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a status URL that is not http(s), naming the field, without calling it", async () => {
    pollsAt(() => "file:///etc/passwd", "Ready");
    const error = await client()
      .polled({ body: {}, pollInterval: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain(
      '200 response has a task status URL (polling_url) that is not an http(s) URL: "file:///etc/passwd"',
    );
    expect(server.requests).toHaveLength(1);
  });

  it("without a URL in the answer, checks with the id where a status operation is declared", async () => {
    server.handle((request, response) =>
      request.method === "POST"
        ? sendJson(response, 200, { id: "t 2", status: "Pending", webhook_url: "https://hooks.example/x" })
        : sendJson(response, 200, { status: "Ready", result: "b.png" }),
    );
    const { data, handle } = await client().polledOrById({ body: {}, pollInterval: 5 }).withResponse();
    expect(data).toBe("b.png");
    expect(handle).toEqual({ provider: "Polls", job: "polledOrById", id: "t 2" });
    expect(server.requests[1]!.url).toBe("/results?id=t%202");
    // A job declared with only the URL cannot: its answer must carry one.
    await expect(client().polled({ body: {}, pollInterval: 5 })).rejects.toThrow(
      "200 response has no task status URL (polling_url)",
    );
  });
});

describe("resuming a job checked at its status URL", () => {
  it("checks the URL its saved handle carries, at once, never submitting", async () => {
    pollsAt(() => `${foreign.url}/poll/t-1`, "Pending");
    // Long enough for the submit and a check on a loaded machine: 30 ms failed 1 run in ~10 there.
    const timedOut = await client()
      .polled({ body: {}, pollInterval: 5, pollTimeout: 500 })
      .then(
        () => expect.unreachable("a Pending task resolved"),
        (error: unknown) => error as JobTimeoutError,
      );
    expect(timedOut).toBeInstanceOf(JobTimeoutError);
    const saved = JSON.stringify(timedOut.handle);
    expect(JSON.parse(saved)).toEqual({
      provider: "Polls",
      job: "polled",
      id: "t-1",
      statusUrl: `${foreign.url}/poll/t-1`,
    });

    pollsAt(() => "unused", "Ready");
    const statuses: JobHandle[] = [];
    const resumed = await client()
      .resumeJob(JSON.parse(saved) as JobHandle, { pollInterval: 5, onStatus: ({ handle }) => statuses.push(handle) })
      .withResponse();
    expect(resumed).toMatchObject({ data: { sample: "a.png" }, handle: JSON.parse(saved) });
    expect(statuses).toEqual([JSON.parse(saved)]);
    expect(server.requests).toEqual([]);
    expect(foreign.requests.map((request) => `${request.method} ${request.url}`)).toEqual(["GET /poll/t-1"]);
  });

  it("refuses a handle without the status URL of a job checked only there", () => {
    expect(() => client().resumeJob({ provider: "Polls", job: "polled", id: "t-1" })).toThrow(InvalidInputError);
    expect(() => client().resumeJob({ provider: "Polls", job: "polled", id: "t-1" })).toThrow(
      "resumeJob needs the handle's statusUrl (a string) for polled",
    );
  });

  it("refuses a handle with a status URL for a job its document checks by id only", () => {
    const handle = { provider: "Polls", job: "byId", id: "t-1", statusUrl: "https://elsewhere.example/x" };
    expect(() => client().resumeJob(handle)).toThrow(
      `Polls: byId is not checked at a status URL; got ${JSON.stringify(handle)}.`,
    );
  });
});

describe("a status URL with a query of its own", () => {
  it("gets a key that goes in the query appended with &", async () => {
    const queryKeyed: ProviderConfig = {
      ...providerWith([{ url: "http://127.0.0.1:9" }]),
      securitySchemes: { key: { type: "apiKey", in: "query", name: "key" } },
    };
    pollsAt(() => `${server.url}/poll/t-1?region=us1`, "Ready");
    const jobs = withJobs<JobMethods & { polled: JobCall }>(
      createApiClient(queryKeyed, { apiKey: "k-q", baseUrl: server.url }),
      { polled },
    );
    await jobs.polled({ body: {}, pollInterval: 5 });
    expect(server.requests.map((request) => request.url)).toEqual(["/renders?key=k-q", "/poll/t-1?region=us1&key=k-q"]);
  });
});
