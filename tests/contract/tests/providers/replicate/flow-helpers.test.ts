// Replicate's predictions and trainings (create, then poll until succeeded/failed/canceled/aborted)
// against its mock, through the generated job methods: a succeeded prediction's output, a failed
// one's JobFailedError, a running one's JobTimeoutError, the document's own `Prefer: wait` header
// passed through, each create route, and a training polled on its own status route. The mock's
// answer to the status checks is chosen with Prism's `__example` query parameter on those checks
// only (never `Prefer`, which the document declares itself).
import { createReplicateClient, JobFailedError, JobTimeoutError, type ReplicateClient } from "@image-sdk/replicate";
import { describe, expect, test } from "vitest";
import { TEST_CREDENTIALS } from "../../../src/contract-calls.ts";
import { type ExchangeRecorder, recordExchanges } from "../../../src/exchange-recorder.ts";
import { expectAcceptedRequests, flowUnderTest, mockOf } from "../../../src/flow-expectations.ts";
import { sampleOf } from "../../../src/generate-calls/sample-value.ts";
import { loadDocument } from "../../../src/providers/contract-providers.ts";

const flow = flowUnderTest("replicate", createReplicateClient);
const [statusAnswer] = flow
  .operation("GET /predictions/{prediction_id}")
  .responses.filter((response) => response.status === "200");
const example = (name: string) =>
  statusAnswer!.examples.find((candidate) => candidate.name === name)!.value as { output: unknown; error: unknown };

/** A client whose status checks get the status example `name`; records each exchange and its request headers. */
function clientAnswering(name: string | undefined): {
  client: ReplicateClient;
  recorder: ExchangeRecorder;
  sentHeaders: Headers[];
} {
  const sentHeaders: Headers[] = [];
  const recorder = recordExchanges((input, init) => {
    const request = new Request(input, init);
    sentHeaders.push(request.headers);
    const url = new URL(request.url);
    if (name && request.method === "GET") url.searchParams.set("__example", name);
    return fetch(new Request(url, request));
  });
  const client = createReplicateClient({
    apiKey: TEST_CREDENTIALS.apiKey,
    baseUrl: mockOf("replicate"),
    maxRetries: 0,
    fetch: recorder.fetch,
  });
  return { client, recorder, sentHeaders };
}

/** A body the mock accepts: an instance of the create operation's schema. */
const bodyOf = (key: string) => sampleOf(flow.operation(key).requestSchema, loadDocument("replicate")) as never;
const submittedId = (recorder: ExchangeRecorder) => (JSON.parse(recorder.exchanges[0]!.body) as { id: string }).id;
const statusChecks = (recorder: ExchangeRecorder) =>
  recorder.exchanges.filter((exchange) => exchange.method === "GET").map((exchange) => new URL(exchange.url).pathname);

describe("replicate predictions (create, then poll)", () => {
  test("prediction() creates once, polls GET /predictions/{id} and returns the succeeded output", async () => {
    const { client, recorder } = clientAnswering("succeeded");
    const { data, jobId, handle } = await client
      .prediction({ body: bodyOf("POST /predictions"), pollInterval: 1 })
      .withResponse();
    expect(data).toEqual(example("succeeded").output);
    expect(jobId).toBe(submittedId(recorder));
    expect(handle).toEqual({ provider: "Replicate", job: "prediction", id: jobId });
    expect(recorder.exchanges.filter((exchange) => exchange.method === "POST")).toHaveLength(1);
    expect(statusChecks(recorder).at(-1)).toMatch(new RegExp(`/predictions/${jobId}$`));
    expectAcceptedRequests("replicate", recorder);
  });

  test("the document's own Prefer: wait header reaches the API as the caller set it", async () => {
    const { client, recorder, sentHeaders } = clientAnswering("succeeded");
    await client.prediction({
      body: bodyOf("POST /predictions"),
      params: { header: { Prefer: "wait=5" } },
      pollInterval: 1,
    });
    expect(sentHeaders[0]!.get("prefer")).toBe("wait=5");
    // Status checks are GETs of their own: the create's Prefer is not sent with them.
    expect(sentHeaders.slice(1).map((headers) => headers.get("prefer"))).not.toContain("wait=5");
    expectAcceptedRequests("replicate", recorder);
  });

  test.each([
    ["modelPrediction", "POST /models/{model_owner}/{model_name}/predictions"],
    ["deploymentPrediction", "POST /deployments/{deployment_owner}/{deployment_name}/predictions"],
  ] as const)("%s creates through %s and waits the same way", async (name, key) => {
    const { client, recorder } = clientAnswering("succeeded");
    const owner = name === "modelPrediction" ? { model_owner: "acme", model_name: "flux" } : undefined;
    const path = owner ?? { deployment_owner: "acme", deployment_name: "flux" };
    const data = await (client[name] as ReplicateClient["modelPrediction"])({
      params: { path: path as never },
      body: bodyOf(key),
      pollInterval: 1,
    });
    expect(data).toEqual(example("succeeded").output);
    expect(recorder.exchanges[0]!.method).toBe("POST");
    expect(statusChecks(recorder).at(-1)).toMatch(new RegExp(`/predictions/${submittedId(recorder)}$`));
    expectAcceptedRequests("replicate", recorder);
  });

  test("a failed prediction throws JobFailedError with its id and Replicate's error", async () => {
    const { client, recorder } = clientAnswering("failed");
    const call = client.prediction({ body: bodyOf("POST /predictions"), pollInterval: 1 });
    await expect(call).rejects.toThrow(JobFailedError);
    await expect(call).rejects.toMatchObject({
      jobId: submittedId(recorder),
      status: "failed",
      reason: example("failed").error,
    });
    expectAcceptedRequests("replicate", recorder);
  });

  test("a prediction still processing throws JobTimeoutError after pollTimeout, resumable by its handle", async () => {
    const { client, recorder } = clientAnswering("processing");
    // Long enough for several checks through the mock even on a loaded machine.
    const call = client.prediction({ body: bodyOf("POST /predictions"), pollInterval: 20, pollTimeout: 2_000 });
    await expect(call).rejects.toThrow(JobTimeoutError);
    await expect(call).rejects.toMatchObject({ lastStatus: "processing" });
    expect(statusChecks(recorder).length).toBeGreaterThan(1);
    expectAcceptedRequests("replicate", recorder);

    const later = clientAnswering("succeeded");
    const handle = JSON.parse(JSON.stringify({ provider: "Replicate", job: "prediction", id: submittedId(recorder) }));
    expect(await later.client.resumeJob(handle, { pollInterval: 1 })).toEqual(example("succeeded").output);
    expect(later.recorder.exchanges.map((exchange) => exchange.method)).toEqual(["GET"]);
  });

  test("training() polls GET /trainings/{id}, its own status route", async () => {
    // No example of a training's states: the mock answers the schema's first status, `starting`.
    const { client, recorder } = clientAnswering(undefined);
    const call = client.training({
      params: { path: { model_owner: "acme", model_name: "flux", version_id: "v1" } },
      body: bodyOf("POST /models/{model_owner}/{model_name}/versions/{version_id}/trainings"),
      pollInterval: 20,
      pollTimeout: 300,
    });
    await expect(call).rejects.toThrow(JobTimeoutError);
    await expect(call).rejects.toMatchObject({ lastStatus: "starting" });
    expect(statusChecks(recorder).at(-1)).toMatch(new RegExp(`/trainings/${submittedId(recorder)}$`));
    expectAcceptedRequests("replicate", recorder);
  });
});
