// The one polling loop every declared job runs on (src/jobs/), against a loopback server: a job
// submitted once, checked until done or failed, resumed from a saved handle, and the faults a
// status check meets on the way (503 then success, Retry-After, a body without a status).
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import {
  AbortError,
  type ApiPromise,
  type ClientOptions,
  InvalidInputError,
  type JobExtra,
  JobFailedError,
  type JobHandle,
  type JobOptions,
  JobTimeoutError,
  UnexpectedResponseError,
} from "../src/index.ts";
import { createApiClient, type JobConfig, type JobMethods, type ProviderConfig, withJobs } from "../src/internal.ts";

const server = useTestServer();

const provider: ProviderConfig = {
  name: "Jobs",
  env: { apiKey: "JOBS_API_KEY", username: "JOBS_USERNAME", password: "JOBS_PASSWORD", baseUrl: "JOBS_BASE_URL" },
  servers: [{ url: "http://127.0.0.1:9" }],
  securitySchemes: { key: { type: "apiKey", in: "header", name: "x-key" } },
  operations: {
    "POST /renders": { security: [["key"]], request: ["json", "application/json"], responses: { 201: "json" } },
    "GET /renders/{render_id}": { security: [["key"]], responses: { 200: "json" } },
    "GET /results": { security: [["key"]], responses: { 200: "json" } },
  },
};

// A job whose status is in the submit answer and the status path (Freepik, Replicate)...
const render: JobConfig = {
  submit: "POST /renders",
  status: "GET /renders/{render_id}",
  idParameter: ["path", "render_id"],
  id: ["id"],
  statusField: ["status"],
  done: ["succeeded"],
  failed: ["failed", "canceled"],
  pending: ["starting", "processing"],
  result: ["output"],
  error: ["error"],
  noun: "render",
};
// ...and one whose submit answer has only the id, checked with a query parameter (BFL).
const queued: JobConfig = {
  submit: "POST /renders",
  status: "GET /results",
  idParameter: ["query", "id"],
  id: ["job", "id"],
  statusField: ["state"],
  done: ["Ready"],
  failed: ["Error"],
};

/** What withJobs adds, typed as a generated `<Pascal>Jobs` interface would type it. */
type JobCall = (init: { body?: unknown } & JobOptions) => ApiPromise<unknown, JobExtra>;
const client = (options: ClientOptions = {}) =>
  withJobs<JobMethods & { render: JobCall; queued: JobCall }>(
    createApiClient(provider, { apiKey: "k-jobs-1", baseUrl: server.url, retryDelay: 5, ...options }),
    {
      render,
      queued,
    },
  );

/** Answers the submit with `starting`, then each check with the next answer (repeating the last). */
function renderGoesThrough(...answers: Array<string | number | { status: number; headers: Record<string, string> }>) {
  let checks = 0;
  server.handle((request, response) => {
    if (request.method === "POST") return sendJson(response, 201, { id: "r-1", status: "starting" });
    const answer = answers[Math.min(checks++, answers.length - 1)]!;
    if (typeof answer === "object") return sendJson(response, answer.status, { error: "busy" }, answer.headers);
    if (typeof answer === "number") return sendJson(response, answer, { error: "busy" });
    sendJson(response, 200, {
      id: "r-1",
      status: answer,
      output: answer === "succeeded" ? ["a.png"] : null,
      error: "NSFW",
    });
  });
}

const checks = () => server.requests.filter((request) => request.method === "GET");

describe("a declared job", () => {
  it("submits once, checks until done and returns the result, with the id and a handle", async () => {
    renderGoesThrough("processing", "succeeded");
    const seen: string[] = [];
    const full = await client()
      .render({
        body: { prompt: "a fox" },
        pollInterval: 5,
        onStatus: ({ status }: { status: string }) => seen.push(status),
      })
      .withResponse();
    expect(full).toMatchObject({
      data: ["a.png"],
      jobId: "r-1",
      handle: { provider: "Jobs", job: "render", id: "r-1" },
    });
    expect(seen).toEqual(["starting", "processing", "succeeded"]);
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /renders",
      "GET /renders/r-1",
      "GET /renders/r-1",
    ]);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ prompt: "a fox" });
    expect(server.requests.every((request) => request.headers["x-key"] === "k-jobs-1")).toBe(true);
  });

  it("keeps waiting through a status check answering 503, then returns the result", async () => {
    renderGoesThrough(503, "succeeded");
    expect(await client().render({ body: {}, pollInterval: 5 })).toEqual(["a.png"]);
    // One check per wait: the loop, not the client's retries, retries checks.
    expect(checks()).toHaveLength(2);
  });

  it("waits as long as a check's Retry-After asks", async () => {
    renderGoesThrough({ status: 429, headers: { "retry-after": "0.3" } }, "succeeded");
    await client().render({ body: {}, pollInterval: 5 });
    const [first, second] = checks();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(290);
  });

  it("never re-submits: a 500 on the submit is the answer", async () => {
    server.handle((_request, response) => sendJson(response, 500, { error: "boom" }));
    await expect(client().render({ body: {}, pollInterval: 5 })).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
  });

  it("a failed job is a JobFailedError with the id, the status and the provider's reason", async () => {
    renderGoesThrough("processing", "failed");
    const error = await client()
      .render({ body: {}, pollInterval: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ jobId: "r-1", status: "failed", reason: "NSFW", provider: "Jobs" });
    expect((error as Error).message).toBe("Jobs: render r-1 ended failed: NSFW.");
  });

  it("a job still running at pollTimeout is a JobTimeoutError with the id and last status", async () => {
    renderGoesThrough("processing");
    const error = await client()
      .render({ body: {}, pollInterval: 10, pollTimeout: 80 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ jobId: "r-1", lastStatus: "processing", timeout: 80 });
  });

  it("a status the document does not list is an UnexpectedResponseError, not an endless wait", async () => {
    renderGoesThrough("archived");
    await expect(client().render({ body: {}, pollInterval: 5 })).rejects.toThrow(
      'has a render status the document does not list: "archived"',
    );
  });

  it("a status answer without the status field is an UnexpectedResponseError naming it", async () => {
    server.handle((request, response) =>
      request.method === "POST" ? sendJson(response, 201, { id: "r-1" }) : sendJson(response, 200, { note: "?" }),
    );
    const error = await client()
      .render({ body: {}, pollInterval: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain("200 response has no render (status)");
  });

  it("a submit answer without an id names where the id should be", async () => {
    server.handle((_request, response) => sendJson(response, 201, { ok: true }));
    await expect(client().render({ body: {} })).rejects.toThrow("201 response has no render (id, status)");
  });

  it("takes the id into a query parameter when the submit answer has no status", async () => {
    let checked = 0;
    server.handle((request, response) => {
      if (request.method === "POST") return sendJson(response, 201, { job: { id: "q 1" } });
      sendJson(response, 200, ++checked < 2 ? { state: "Pending" } : { state: "Ready", sample: "b.png" });
    });
    expect(await client().queued({ body: {}, pollInterval: 5 })).toEqual({ state: "Ready", sample: "b.png" });
    expect(checks().map((request) => request.url)).toEqual(["/results?id=q%201", "/results?id=q%201"]);
  });

  it("is cancelled by its signal while waiting, without another check", async () => {
    renderGoesThrough("processing");
    const error = await client()
      .render({ body: {}, pollInterval: 1000, signal: AbortSignal.timeout(50) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("resumeJob", () => {
  it("waits for a job from its saved JSON handle, checking at once, never submitting", async () => {
    renderGoesThrough("processing", "succeeded");
    const { handle } = await client()
      .render({ body: {}, pollInterval: 5, pollTimeout: 0 })
      .withResponse()
      .catch((error: JobTimeoutError) => ({ handle: error.handle }));
    expect(handle).toEqual({ provider: "Jobs", job: "render", id: "r-1" });
    server.requests.length = 0;
    const saved = JSON.parse(JSON.stringify(handle)) as JobHandle;
    const full = await client().resumeJob(saved, { pollInterval: 5 }).withResponse();
    expect(full).toMatchObject({ data: ["a.png"], jobId: "r-1" });
    expect(server.requests.every((request) => request.method === "GET")).toBe(true);
  });

  it("refuses a handle of another job or provider, naming it", () => {
    expect(() => client().resumeJob({ provider: "Jobs", job: "nope", id: "r-1" })).toThrow(InvalidInputError);
    expect(() => client().resumeJob({ provider: "Other", job: "render", id: "r-1" })).toThrow(
      'Jobs: resumeJob got a handle of another provider\'s job: {"provider":"Other","job":"render","id":"r-1"}.',
    );
  });
});
