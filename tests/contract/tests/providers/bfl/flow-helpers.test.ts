// BFL's tasks (submit to a model endpoint, then poll `GET /v1/get_result?id=`) against its mock,
// through the generated job methods: a Ready task's result, a moderated task's JobFailedError, a
// Pending task's JobTimeoutError, resuming from a handle, every declared job, and the submit's
// documented errors as typed errors. The mock's answer to the status checks is chosen per test
// with Prism's `__example` query parameter on those checks only, so each submit is answered as
// documented.
import { type BflClient, createBflClient, JobFailedError, JobTimeoutError } from "@image-sdk/bfl";
import { isObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, expect, test } from "vitest";
import { TEST_CREDENTIALS } from "../../../src/contract-calls.ts";
import { type ExchangeRecorder, recordExchanges } from "../../../src/exchange-recorder.ts";
import { expectAcceptedRequests, flowUnderTest, mockOf } from "../../../src/flow-expectations.ts";
import { sampleOf } from "../../../src/generate-calls/sample-value.ts";
import { loadDocument } from "../../../src/providers/contract-providers.ts";

const flow = flowUnderTest("bfl", createBflClient);
const statusCheck = flow.operation("GET /v1/get_result");
const [statusAnswer] = statusCheck.responses.filter((response) => response.status === "200");
const example = (name: string) => statusAnswer!.examples.find((candidate) => candidate.name === name)!.value;

/** A client whose status checks get the status example `name`; every exchange is recorded. */
function clientAnswering(name: string): { client: BflClient; recorder: ExchangeRecorder } {
  const recorder = recordExchanges((input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname.endsWith("/v1/get_result")) url.searchParams.set("__example", name);
    return fetch(new Request(url, request));
  });
  const client = createBflClient({
    apiKey: TEST_CREDENTIALS.apiKey,
    baseUrl: mockOf("bfl"),
    maxRetries: 0,
    fetch: recorder.fetch,
  });
  return { client, recorder };
}

/** Every declared job: its method name and submitting operation, from the shipped document. */
const declaredJobs = Object.entries(loadDocument("bfl").paths as Record<string, Record<string, unknown>>).flatMap(
  ([path, item]) => {
    const job = isObject(item.post) ? item.post["x-image-sdk-job"] : undefined;
    return isObject(job) ? [[String(job.name), `POST ${path}`] as const] : [];
  },
);
/** A body the mock accepts: the document has no request examples, so an instance of the schema. */
const bodyOf = (key: string) => sampleOf(flow.operation(key).requestSchema, loadDocument("bfl")) as never;

const checks = (recorder: ExchangeRecorder) =>
  recorder.exchanges.filter((exchange) => exchange.method === "GET" && exchange.url.includes("/v1/get_result?"));

describe("bfl tasks (submit, then poll get_result)", () => {
  test("every model endpoint that answers a task is a job", () => {
    expect(declaredJobs.length).toBe(16);
  });

  test.each(declaredJobs)("%s submits %s and returns the Ready task's result", async (name, key) => {
    const { client, recorder } = clientAnswering("ready");
    const job = client[name as "fluxDev"];
    const { data, jobId, handle } = await job({ body: bodyOf(key), pollInterval: 1 }).withResponse();
    expect(data).toEqual((example("ready") as { result: unknown }).result);
    expect(recorder.exchanges[0]).toMatchObject({ method: "POST" });
    expect(new URL(recorder.exchanges[0]!.url).pathname).toMatch(new RegExp(`${key.slice("POST ".length)}$`));
    const submitted = JSON.parse(recorder.exchanges[0]!.body) as { id: string };
    expect(jobId).toBe(submitted.id);
    expect(handle).toEqual({ provider: "Bfl", job: name, id: submitted.id });
    expect(checks(recorder).map((exchange) => new URL(exchange.url).searchParams.get("id"))).toEqual([submitted.id]);
    expectAcceptedRequests("bfl", recorder);
  });

  test("the result is typed: result.sample is the image's URL", async () => {
    const { client } = clientAnswering("ready");
    const result = await client.fluxDev({ body: { prompt: "a lighthouse" }, pollInterval: 1 });
    const sample: string | undefined = result?.sample;
    expect(sample).toMatch(/^https:\/\//);
  });

  test("a moderated task throws JobFailedError with its id, status and details", async () => {
    const { client, recorder } = clientAnswering("moderated");
    const call = client.flux2Pro({ body: bodyOf("POST /v1/flux-2-pro"), pollInterval: 1 });
    const error = await call.then(
      () => expect.unreachable("the job resolved"),
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(JobFailedError);
    const { id } = JSON.parse(recorder.exchanges[0]!.body) as { id: string };
    expect(error).toMatchObject({
      jobId: id,
      status: "Content Moderated",
      reason: (example("moderated") as { details: unknown }).details,
    });
    expectAcceptedRequests("bfl", recorder);
  });

  test("a task that stays Pending throws JobTimeoutError after pollTimeout, having polled", async () => {
    const { client, recorder } = clientAnswering("pending");
    const statuses: string[] = [];
    const call = client.fluxPro11({
      body: bodyOf("POST /v1/flux-pro-1.1"),
      // Long enough for several checks through the mock even on a loaded machine (500 ms allowed one).
      pollInterval: 20,
      pollTimeout: 2_000,
      onStatus: ({ status }) => statuses.push(status),
    });
    await expect(call).rejects.toThrow(JobTimeoutError);
    await expect(call).rejects.toMatchObject({ lastStatus: "Pending" });
    expect(checks(recorder).length).toBeGreaterThan(1);
    expect(new Set(statuses)).toEqual(new Set(["Pending"]));
    expectAcceptedRequests("bfl", recorder);
  });

  test("resumeJob waits for a task from its saved handle, without submitting again", async () => {
    const first = clientAnswering("pending");
    const pending = first.client.fluxDev({ body: bodyOf("POST /v1/flux-dev"), pollInterval: 1, pollTimeout: 50 });
    const timedOut = await pending.then(
      () => expect.unreachable("a Pending task resolved"),
      (thrown: unknown) => thrown as JobTimeoutError,
    );
    const { id } = JSON.parse(first.recorder.exchanges[0]!.body) as { id: string };
    const saved = JSON.stringify({ provider: "Bfl", job: "fluxDev", id: timedOut.jobId });

    const { client, recorder } = clientAnswering("ready");
    const result = await client.resumeJob(JSON.parse(saved), { pollInterval: 1 });
    expect(result).toEqual((example("ready") as { result: unknown }).result);
    expect(recorder.exchanges.map((exchange) => exchange.method)).toEqual(["GET"]);
    expect(new URL(recorder.exchanges[0]!.url).searchParams.get("id")).toBe(id);
    expectAcceptedRequests("bfl", recorder);
  });

  const submit = flow.operation("POST /v1/flux-dev");
  flow.throwsEveryDocumentedError("fluxDev", submit, (client) =>
    client.fluxDev({ body: bodyOf("POST /v1/flux-dev"), pollInterval: 1 }),
  );
});
