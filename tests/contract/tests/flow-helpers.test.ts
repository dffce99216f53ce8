// The provider-flow helpers against the same mocks: what they send is accepted, what the document
// says comes back is what they return, and every documented error example comes out as a thrown
// typed error. The helpers take no headers, so the mock's answer is chosen with a client-wide Prefer.
import { ApiError } from "@image-sdk/core";
import { type CreateImageBody, createFlamelClient } from "@image-sdk/flamel";
import { createFreepikClient, TaskFailedError, TaskTimeoutError } from "@image-sdk/freepik";
import { createNovitaClient } from "@image-sdk/novita";
import { isObject, type Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, expect, inject, test } from "vitest";
import { type ExchangeRecorder, recordExchanges } from "../src/exchange-recorder.ts";
import { expectConformingResponses, expectDocumentedError, violationsOf } from "../src/expect-contract.ts";
import type { DocumentedOperation, DocumentedResponse, NamedExample } from "../src/openapi/documented-operations.ts";
import { SchemaValidator } from "../src/openapi/schema-validator.ts";
import {
  flamelContract,
  freepikContract,
  novitaContract,
  type ProviderContract,
  TEST_API_KEY,
} from "../src/provider-contracts.ts";
import { loadDocument, type ProviderName } from "../src/provider-documents.ts";

const prism = inject("prism");
const common = { apiKey: TEST_API_KEY, maxRetries: 0 };

function operation(contract: ProviderContract, key: string): DocumentedOperation {
  return contract.operations.find((candidate) => candidate.key === key)!;
}

function preferring(response: DocumentedResponse, example: NamedExample | undefined) {
  return { Prefer: example ? `code=${response.status}, example=${example.name}` : `code=${response.status}` };
}

/** Every documented error (status × example) of an operation. */
function errorCases(documented: DocumentedOperation) {
  return documented.responses
    .filter((response) => Number(response.status) >= 400 && response.mediaType === "application/json")
    .flatMap((response) =>
      (response.examples.length ? response.examples : [undefined]).map((example) => ({ response, example })),
    );
}

function caseName({ response, example }: { response: DocumentedResponse; example: NamedExample | undefined }) {
  return `${response.status} ${example ? `"${example.name}"` : "(generated from schema)"}`;
}

/** No request was refused by the mock, and every answer follows the document. */
function expectAcceptedRequests(provider: ProviderName, recorder: ExchangeRecorder) {
  for (const exchange of recorder.exchanges) expect(violationsOf(exchange.responseHeaders)).toEqual([]);
  expectConformingResponses(new SchemaValidator(loadDocument(provider)), recorder.exchanges);
}

async function expectThrowsDocumentedError(
  provider: ProviderName,
  recorder: ExchangeRecorder,
  call: Promise<unknown>,
  response: DocumentedResponse,
) {
  const error = await call.then(
    () => expect.unreachable("the helper resolved"),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  const body = JSON.parse(recorder.exchanges.at(-1)!.body) as Json;
  expectDocumentedError(error, loadDocument(provider), response, body);
  expectAcceptedRequests(provider, recorder);
}

describe("flamel helpers", () => {
  const imageToPrompt = operation(flamelContract, "POST /api/images/imageToPrompt");
  const create = operation(flamelContract, "POST /api/images/create");
  const client = (recorder: ExchangeRecorder, headers: Record<string, string>) =>
    createFlamelClient({ ...common, baseUrl: prism.flamel.static, fetch: recorder.fetch, headers });

  test("imageToPrompt returns the caption the mock answers with", async () => {
    const recorder = recordExchanges();
    const caption = await client(recorder, { Prefer: "code=201" }).imageToPrompt("https://example.com/cat.png");
    const body = JSON.parse(recorder.exchanges[0]!.body) as { captionPrompt: string; captionTPrompt?: string };
    expect(caption).toEqual({ captionPrompt: body.captionPrompt, captionTPrompt: body.captionTPrompt });
    expectAcceptedRequests("flamel", recorder);
  });

  test.each(errorCases(imageToPrompt).map((errorCase) => [caseName(errorCase), errorCase] as const))(
    "imageToPrompt throws the typed error for %s",
    async (_name, { response, example }) => {
      const recorder = recordExchanges();
      const call = client(recorder, preferring(response, example)).imageToPrompt("https://example.com/cat.png");
      await expectThrowsDocumentedError("flamel", recorder, call, response);
    },
  );

  test.each(create.requestExamples.map((example) => [example.name, example] as const))(
    "createImage sends request example %s and returns the images",
    async (_name, example) => {
      const recorder = recordExchanges();
      const result = await client(recorder, { Prefer: "code=201" }).createImage(
        example.value as unknown as CreateImageBody,
      );
      expect(JSON.parse(recorder.exchanges[0]!.requestBody)).toEqual(example.value);
      expect(result).toEqual(JSON.parse(recorder.exchanges[0]!.body));
      expectAcceptedRequests("flamel", recorder);
    },
  );

  test.each(errorCases(create).map((errorCase) => [caseName(errorCase), errorCase] as const))(
    "createImage throws the typed error for %s",
    async (_name, { response, example }) => {
      const recorder = recordExchanges();
      const call = client(recorder, preferring(response, example)).createImage(
        create.requestExamples[0]!.value as unknown as CreateImageBody,
      );
      await expectThrowsDocumentedError("flamel", recorder, call, response);
    },
  );
});

describe("freepik imageToPrompt (create, then poll)", () => {
  const create = operation(freepikContract, "POST /v1/ai/image-to-prompt");
  const [success] = create.responses.filter((response) => response.status === "200");
  const exampleWithStatus = (status: string) =>
    success!.examples.find(
      (example) => isObject(example.value) && isObject(example.value.data) && example.value.data.status === status,
    )!;
  const client = (recorder: ExchangeRecorder, headers: Record<string, string>) =>
    createFreepikClient({ ...common, baseUrl: prism.freepik.static, fetch: recorder.fetch, headers });
  const image = (create.requestExamples[0]!.value as { image: string }).image;

  test("returns the prompt of a completed task", async () => {
    const completed = exampleWithStatus("COMPLETED");
    const recorder = recordExchanges();
    const prompt = await client(recorder, preferring(success!, completed)).imageToPrompt(image, { pollInterval: 1 });
    expect(prompt).toBe((completed.value as { data: { generated: string[] } }).data.generated[0]);
    expectAcceptedRequests("freepik", recorder);
  });

  test("throws TaskFailedError with the task id of a failed task", async () => {
    const failed = exampleWithStatus("FAILED");
    const recorder = recordExchanges();
    const call = client(recorder, preferring(success!, failed)).imageToPrompt(image, { pollInterval: 1 });
    await expect(call).rejects.toThrow(TaskFailedError);
    await expect(call).rejects.toMatchObject({ taskId: (failed.value as { data: { task_id: string } }).data.task_id });
    expectAcceptedRequests("freepik", recorder);
  });

  test("polls a task that stays in progress until its timeout, checking the task's status route", async () => {
    const inProgress = exampleWithStatus("IN_PROGRESS");
    const recorder = recordExchanges();
    const call = client(recorder, preferring(success!, inProgress)).imageToPrompt(image, {
      pollInterval: 20,
      timeout: 1_000,
    });
    await expect(call).rejects.toThrow(TaskTimeoutError);
    await expect(call).rejects.toMatchObject({ lastStatus: "IN_PROGRESS" });
    const taskId = (inProgress.value as { data: { task_id: string } }).data.task_id;
    expect(
      recorder.exchanges.some(
        (exchange) => exchange.method === "GET" && exchange.url.endsWith(`/v1/ai/image-to-prompt/${taskId}`),
      ),
    ).toBe(true);
    expectAcceptedRequests("freepik", recorder);
  });

  test.each(errorCases(create).map((errorCase) => [caseName(errorCase), errorCase] as const))(
    "throws the typed error for %s",
    async (_name, { response, example }) => {
      const recorder = recordExchanges();
      const call = client(recorder, preferring(response, example)).imageToPrompt(image, { pollInterval: 1 });
      await expectThrowsDocumentedError("freepik", recorder, call, response);
    },
  );
});

describe("novita imageToPrompt", () => {
  const img2prompt = operation(novitaContract, "POST /v3/img2prompt");
  const [success] = img2prompt.responses.filter((response) => response.status === "200");
  const requestExample = img2prompt.requestExamples[0]!;
  const imageBytes = Buffer.from((requestExample.value as { image_file: string }).image_file, "base64");
  const client = (recorder: ExchangeRecorder, headers: Record<string, string>) =>
    createNovitaClient({ ...common, baseUrl: prism.novita.static, fetch: recorder.fetch, headers });

  test.each(success!.examples.map((example) => [example.name, example] as const))(
    "sends the documented request for the image's bytes and returns the prompt of example %s",
    async (_name, example) => {
      const recorder = recordExchanges();
      const prompt = await client(recorder, preferring(success!, example)).imageToPrompt(new Uint8Array(imageBytes));
      expect(JSON.parse(recorder.exchanges[0]!.requestBody)).toEqual(requestExample.value);
      expect(prompt).toBe((example.value as { prompt: string }).prompt);
      expectAcceptedRequests("novita", recorder);
    },
  );

  test.each(errorCases(img2prompt).map((errorCase) => [caseName(errorCase), errorCase] as const))(
    "throws the typed error for %s",
    async (_name, { response, example }) => {
      const recorder = recordExchanges();
      const call = client(recorder, preferring(response, example)).imageToPrompt(new Uint8Array(imageBytes));
      await expectThrowsDocumentedError("novita", recorder, call, response);
    },
  );
});
