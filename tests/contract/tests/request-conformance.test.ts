// The request side of the contract, on mocks that turn request violations into errors (`--errors`):
// every documented request example, sent through the client, is accepted; requests that break the
// contract are rejected for the documented reason, and the client reports a typed error.
import { MissingApiKeyError } from "@image-sdk/core";
import { type CreateImageBody, createFlamelClient } from "@image-sdk/flamel";
import { createFreepikClient } from "@image-sdk/freepik";
import { createNovitaClient } from "@image-sdk/novita";
import { type Json, type JsonObject, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, expect, inject, test, vi } from "vitest";
import { coverageKey } from "../src/coverage-gate/coverage-items.ts";
import { recordCoverage } from "../src/coverage-gate/record-coverage.ts";
import { type ExchangeRecorder, recordExchanges } from "../src/exchange-recorder.ts";
import {
  expectConformingResponses,
  expectDocumentedError,
  type Violation,
  violationsOf,
} from "../src/expect-contract.ts";
import { nodeHttpFetch } from "../src/node-http-fetch.ts";
import { SchemaValidator } from "../src/openapi/schema-validator.ts";
import {
  CONTRACTS,
  flamelContract,
  freepikContract,
  novitaContract,
  type ProviderContract,
  type RawResult,
  type SendOptions,
} from "../src/provider-contracts.ts";
import { loadDocument } from "../src/provider-documents.ts";

const prism = inject("prism");

function operationOf(contract: ProviderContract, key: string) {
  const operation = contract.operations.find((candidate) => candidate.key === key);
  if (!operation) throw new Error(`${contract.provider} documents no operation ${key}`);
  return operation;
}

function send(
  contract: ProviderContract,
  key: string,
  recorder: ExchangeRecorder,
  options: SendOptions,
): Promise<RawResult> {
  const sender = contract.sender(operationOf(contract, key));
  if (!sender) throw new Error(`no driver for ${contract.provider} ${key}`);
  return sender({ baseUrl: prism[contract.provider].static, fetch: recorder.fetch }, options);
}

describe("documented request examples are accepted", () => {
  for (const contract of CONTRACTS) {
    for (const operation of contract.operations) {
      for (const example of operation.requestExamples) {
        test(`${contract.provider}: ${operation.key} "${example.name}"`, async ({ task }) => {
          const recorder = recordExchanges();
          const result = await send(contract, operation.key, recorder, { body: example.value });

          const [exchange] = recorder.exchanges;
          expect(violationsOf(exchange!.responseHeaders)).toEqual([]);
          expect(JSON.parse(exchange!.requestBody)).toEqual(example.value);
          expect(result.error).toBeUndefined();
          expect(result.response.ok).toBe(true);
          expectConformingResponses(new SchemaValidator(loadDocument(contract.provider)), recorder.exchanges);
          recordCoverage(task, contract.provider, [coverageKey.requestExample(operation, example.name)]);
        });
      }
    }
  }
});

/**
 * Prism's answer to a request that breaks the contract: 401 without credentials; otherwise the
 * operation's 422 when it documents one (Flamel), else 400.
 */
function rejectionStatus(contract: ProviderContract, key: string, violations: Array<Partial<Violation>>): number {
  if (violations.some((violation) => violation.code === 401)) return 401;
  return operationOf(contract, key).responses.some((response) => response.status === "422") ? 422 : 400;
}

async function expectRejected(
  contract: ProviderContract,
  recorder: ExchangeRecorder,
  result: RawResult,
  violations: Array<Partial<Violation>>,
  key: string,
) {
  const document = loadDocument(contract.provider);
  const validator = new SchemaValidator(document);
  expect(recorder.exchanges).toHaveLength(1);
  const [exchange] = recorder.exchanges;
  expect(exchange!.status).toBe(rejectionStatus(contract, key, violations));
  expectConformingResponses(validator, recorder.exchanges);

  const response = validator.documentedResponse(exchange!);
  if (typeof response === "string") throw new Error(response);
  expectDocumentedError(result.error, document, response, JSON.parse(exchange!.body) as Json);
  // The typed error carries the response headers, so the mock's reasons reach the caller.
  const reported = violationsOf((result.error as { headers: Headers }).headers);
  expect(reported).toEqual(expect.arrayContaining(violations.map((violation) => expect.objectContaining(violation))));
}

const flamelDocument = loadDocument("flamel");
const createExamples = operationOf(flamelContract, "POST /api/images/create").requestExamples;
const referenceExample = createExamples.find(
  (example) => resolveObject(flamelDocument, example.value)?.image !== undefined,
)!.value as JsonObject;
const styleExample = createExamples.find(
  (example) => resolveObject(flamelDocument, example.value)?.styleId !== undefined,
)!.value as JsonObject;
const promptMaxLength = (
  resolveObject(flamelDocument, { $ref: "#/components/schemas/CreateImageWithRefDto" })!.properties as any
).prompt.maxLength as number;

type AmbiguousBody = { prompt: string; ratio: "1:1"; image: string; styleId: number };
// The client's body type refuses this at compile time (typecheck fails if that stops); the suite
// sends it anyway to show the mock rejects it too.
// @ts-expect-error a body with both image and styleId matches no CreateImageBody shape
const ambiguousBody: CreateImageBody = { ...referenceExample, styleId: styleExample.styleId } as AmbiguousBody;

interface RejectedCase {
  contract: ProviderContract;
  operation: string;
  name: string;
  options: SendOptions;
  violations: Array<Partial<Violation>>;
  /** The client's transport, when the global fetch cannot send the request (see node-http-fetch.ts). */
  transport?: typeof fetch;
}

const missingKey = { location: ["request"], code: 401, message: "Invalid security scheme used" };

const rejectedCases: RejectedCase[] = [
  {
    contract: flamelContract,
    operation: "POST /api/images/imageToPrompt",
    name: "without the required Accept-Language header",
    options: { headers: { "Accept-Language": null } },
    transport: nodeHttpFetch,
    violations: [
      {
        location: ["request", "header"],
        code: "required",
        message: "Request header must have required property 'accept-language'",
      },
    ],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/imageToPrompt",
    name: "without the required image field",
    options: { body: {} },
    violations: [
      { location: ["request", "body"], code: "required", message: "Request body must have required property 'image'" },
    ],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/imageToPrompt",
    name: "without an API key",
    options: { headers: { "X-Api-Key": null } },
    violations: [missingKey],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/create",
    name: `with a ${promptMaxLength + 1}-character prompt`,
    options: { body: { ...referenceExample, prompt: "a".repeat(promptMaxLength + 1) } },
    violations: [
      {
        location: ["request", "body", "prompt"],
        code: "maxLength",
        message: `Request body property prompt must NOT have more than ${promptMaxLength} characters`,
      },
    ],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/create",
    name: "with a ratio outside its enum",
    options: { body: { ...referenceExample, ratio: "2:1" } },
    violations: [{ location: ["request", "body", "ratio"], code: "enum" }],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/create",
    name: "with a sample count outside its enum",
    options: { body: { ...styleExample, sample: 3 } },
    violations: [{ location: ["request", "body", "sample"], code: "enum" }],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/create",
    name: "with an X-Platform header outside its enum",
    options: { headers: { "X-Platform": "tv" } },
    violations: [{ location: ["request", "header", "x-platform"], code: "enum" }],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/create",
    name: "with an ambiguous oneOf body (image and styleId)",
    options: { body: ambiguousBody as unknown as Json },
    violations: [
      { location: ["request", "body"], code: "oneOf", message: "Request body must match exactly one schema in oneOf" },
      { location: ["request", "body", "styleId"], code: "not" },
    ],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/create",
    name: "with none of image, styleId, imageId",
    options: { body: { prompt: referenceExample.prompt!, ratio: referenceExample.ratio! } },
    violations: [
      { location: ["request", "body"], code: "oneOf" },
      { location: ["request", "body"], code: "required", message: "Request body must have required property 'image'" },
    ],
  },
  {
    contract: flamelContract,
    operation: "POST /api/images/create",
    name: "without an API key",
    options: { headers: { "X-Api-Key": null } },
    violations: [missingKey],
  },
  {
    contract: freepikContract,
    operation: "POST /v1/ai/image-to-prompt",
    name: "without the required image field",
    options: { body: { webhook_url: "https://example.com/hook" } },
    violations: [
      { location: ["request", "body"], code: "required", message: "Request body must have required property 'image'" },
    ],
  },
  {
    contract: freepikContract,
    operation: "POST /v1/ai/image-to-prompt",
    name: "with a webhook_url that is not a URI",
    options: { body: { image: "https://example.com/cat.png", webhook_url: "not a uri" } },
    violations: [{ location: ["request", "body", "webhook_url"], code: "format" }],
  },
  {
    contract: freepikContract,
    operation: "POST /v1/ai/image-to-prompt",
    name: "with a number for image",
    options: { body: { image: 42 } },
    violations: [{ location: ["request", "body", "image"], code: "type" }],
  },
  {
    contract: freepikContract,
    operation: "GET /v1/ai/image-to-prompt",
    name: "without an API key",
    options: { headers: { "x-freepik-api-key": null } },
    violations: [missingKey],
  },
  {
    contract: novitaContract,
    operation: "POST /v3/img2prompt",
    name: "without the required image_file field",
    options: { body: {} },
    violations: [
      {
        location: ["request", "body"],
        code: "required",
        message: "Request body must have required property 'image_file'",
      },
    ],
  },
  {
    contract: novitaContract,
    operation: "POST /v3/img2prompt",
    name: "with an empty image_file",
    options: { body: { image_file: "" } },
    violations: [{ location: ["request", "body", "image_file"], code: "minLength" }],
  },
  {
    contract: novitaContract,
    operation: "POST /v3/img2prompt",
    name: "with an image_file that is not base64",
    options: { body: { image_file: "not base64!" } },
    violations: [{ location: ["request", "body", "image_file"], code: "format" }],
  },
  {
    contract: novitaContract,
    operation: "POST /v3/img2prompt",
    name: "without an API key",
    options: { headers: { Authorization: null } },
    violations: [missingKey],
  },
];

describe("requests that break the contract are rejected, as typed errors", () => {
  test.each(
    rejectedCases.map(
      (rejected) => [`${rejected.contract.provider}: ${rejected.operation} ${rejected.name}`, rejected] as const,
    ),
  )("%s", async (_name, { contract, operation, options, violations, transport }) => {
    const recorder = recordExchanges(transport);
    const result = await send(contract, operation, recorder, options);
    await expectRejected(contract, recorder, result, violations, operation);
  });

  test("freepik: GET /v1/ai/image-to-prompt/{task-id} with a task id that is not a uuid", async () => {
    const recorder = recordExchanges();
    const client = freepikContract.createClient({ baseUrl: prism.freepik.static, fetch: recorder.fetch });
    const result = await client.GET("/v1/ai/image-to-prompt/{task-id}", {
      params: { path: { "task-id": "not-a-uuid" } },
    });
    await expectRejected(
      freepikContract,
      recorder,
      result,
      [{ location: ["request", "path", "task-id"], code: "format" }],
      "GET /v1/ai/image-to-prompt/{task-id}",
    );
  });
});

describe("a client with no API key", () => {
  test.each([
    ["flamel", "FLAMEL_API_KEY", createFlamelClient],
    ["freepik", "FREEPIK_API_KEY", createFreepikClient],
    ["novita", "NOVITA_API_KEY", createNovitaClient],
  ] as const)("%s: is refused before any request is sent (%s unset)", (provider, variable, create) => {
    vi.stubEnv(variable, undefined);
    const recorder = recordExchanges();
    try {
      expect(() => create({ baseUrl: prism[provider].static, fetch: recorder.fetch })).toThrow(MissingApiKeyError);
      expect(recorder.exchanges).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
