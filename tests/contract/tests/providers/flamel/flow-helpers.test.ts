// Flamel's helpers against its mock: what they send is accepted, what the document says comes back
// is what they return, and every documented error example comes out as a thrown typed error.
import { type CreateImageBody, createFlamelClient } from "@image-sdk/flamel";
import { describe, expect, test } from "vitest";
import { TEST_CREDENTIALS } from "../../../src/contract-calls.ts";
import { type ExchangeRecorder, recordExchanges } from "../../../src/exchange-recorder.ts";
import {
  caseName,
  documentedOperation,
  errorCases,
  expectAcceptedRequests,
  expectThrowsDocumentedError,
  mockOf,
  preferring,
} from "../../../src/flow-expectations.ts";

const mock = mockOf("flamel");
const client = (recorder: ExchangeRecorder, headers: Record<string, string>) =>
  createFlamelClient({ apiKey: TEST_CREDENTIALS.apiKey, maxRetries: 0, baseUrl: mock, fetch: recorder.fetch, headers });

describe("flamel helpers", () => {
  const imageToPrompt = documentedOperation("flamel", "POST /api/images/imageToPrompt");
  const create = documentedOperation("flamel", "POST /api/images/create");

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
