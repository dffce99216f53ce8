// Flamel requests that break its contract (a missing required header, field or key, a bad enum, a
// prompt one character over maxLength, an ambiguous oneOf body) are rejected, as typed errors.
import type { CreateImageBody } from "@image-sdk/flamel";
import { type JsonObject, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, test } from "vitest";
import calls from "../../../generated/flamel.ts";
import { recordExchanges } from "../../../src/exchange-recorder.ts";
import { expectRejected, missingKey, type RejectedCase, rejectsEveryCase } from "../../../src/expect-rejected.ts";
import { documentedOperation, mockOf } from "../../../src/flow-expectations.ts";
import { nodeHttpFetch } from "../../../src/node-http-fetch.ts";
import { loadDocument } from "../../../src/providers/contract-providers.ts";
import { withoutHeaders } from "../../../src/without-headers.ts";

const document = loadDocument("flamel");
const createExamples = documentedOperation("flamel", "POST /api/images/create").requestExamples;
const referenceExample = createExamples.find((example) => resolveObject(document, example.value)?.image !== undefined)!
  .value as JsonObject;
const styleExample = createExamples.find((example) => resolveObject(document, example.value)?.styleId !== undefined)!
  .value as JsonObject;
const promptMaxLength = (
  resolveObject(document, { $ref: "#/components/schemas/CreateImageWithRefDto" })!.properties as any
).prompt.maxLength as number;

type AmbiguousBody = { prompt: string; ratio: "1:1"; image: string; styleId: number };
// The client's body type refuses this at compile time (typecheck fails if that stops); the suite
// sends it anyway to show the mock rejects it too.
// @ts-expect-error a body with both image and styleId matches no CreateImageBody shape
const ambiguousBody: CreateImageBody = { ...referenceExample, styleId: styleExample.styleId } as AmbiguousBody;

const rejectedCases: RejectedCase[] = [
  {
    operation: "POST /api/images/imageToPrompt",
    name: "without the required image field",
    input: { body: {} },
    violations: [
      { location: ["request", "body"], code: "required", message: "Request body must have required property 'image'" },
    ],
  },
  {
    operation: "POST /api/images/imageToPrompt",
    name: "without an API key",
    input: {},
    withoutHeaders: ["X-Api-Key"],
    violations: [missingKey],
  },
  {
    operation: "POST /api/images/create",
    name: `with a ${promptMaxLength + 1}-character prompt`,
    input: { body: { ...referenceExample, prompt: "a".repeat(promptMaxLength + 1) } },
    violations: [
      {
        location: ["request", "body", "prompt"],
        code: "maxLength",
        message: `Request body property prompt must NOT have more than ${promptMaxLength} characters`,
      },
    ],
  },
  {
    operation: "POST /api/images/create",
    name: "with a ratio outside its enum",
    input: { body: { ...referenceExample, ratio: "2:1" } },
    violations: [{ location: ["request", "body", "ratio"], code: "enum" }],
  },
  {
    operation: "POST /api/images/create",
    name: "with a sample count outside its enum",
    input: { body: { ...styleExample, sample: 3 } },
    violations: [{ location: ["request", "body", "sample"], code: "enum" }],
  },
  {
    operation: "POST /api/images/create",
    name: "with an X-Platform header outside its enum",
    input: { headers: { "X-Platform": "tv" } },
    violations: [{ location: ["request", "header", "x-platform"], code: "enum" }],
  },
  {
    operation: "POST /api/images/create",
    name: "with an ambiguous oneOf body (image and styleId)",
    input: { body: ambiguousBody as unknown as JsonObject },
    violations: [
      { location: ["request", "body"], code: "oneOf", message: "Request body must match exactly one schema in oneOf" },
      { location: ["request", "body", "styleId"], code: "not" },
    ],
  },
  {
    operation: "POST /api/images/create",
    name: "with none of image, styleId, imageId",
    input: { body: { prompt: referenceExample.prompt!, ratio: referenceExample.ratio! } },
    violations: [
      { location: ["request", "body"], code: "oneOf" },
      { location: ["request", "body"], code: "required", message: "Request body must have required property 'image'" },
    ],
  },
  {
    operation: "POST /api/images/create",
    name: "without an API key",
    input: {},
    withoutHeaders: ["X-Api-Key"],
    violations: [missingKey],
  },
];

describe("flamel: requests that break the contract are rejected, as typed errors", () => {
  rejectsEveryCase(calls, rejectedCases);

  test("POST /api/images/imageToPrompt without the required Accept-Language header", async () => {
    // The client sends the header on every request (and the generated call too): the transport drops it.
    const recorder = recordExchanges(withoutHeaders(["Accept-Language"], nodeHttpFetch));
    const client = calls.createClient({ baseUrl: mockOf("flamel"), fetch: recorder.fetch });
    const result = await calls.operations["POST /api/images/imageToPrompt"]!.call(client, { headers: {} });
    await expectRejected(
      "flamel",
      recorder,
      result,
      [
        {
          location: ["request", "header"],
          code: "required",
          message: "Request header must have required property 'accept-language'",
        },
      ],
      "POST /api/images/imageToPrompt",
    );
  });
});
