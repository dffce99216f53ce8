// Novita's imageToPrompt against its mock: the documented request for an image's bytes, the
// prompt of every success example, and every documented error as a thrown typed error.
import { createNovitaClient } from "@image-sdk/novita";
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

const mock = mockOf("novita");
const client = (recorder: ExchangeRecorder, headers: Record<string, string>) =>
  createNovitaClient({ apiKey: TEST_CREDENTIALS.apiKey, maxRetries: 0, baseUrl: mock, fetch: recorder.fetch, headers });

describe("novita imageToPrompt", () => {
  const img2prompt = documentedOperation("novita", "POST /v3/img2prompt");
  const [success] = img2prompt.responses.filter((response) => response.status === "200");
  const requestExample = img2prompt.requestExamples[0]!;
  const imageBytes = Buffer.from((requestExample.value as { image_file: string }).image_file, "base64");

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
