// Answers the contract mock generates from each documented response's schema (`__dynamic=true`:
// the required properties only, checked against the schema before they are served): the client
// must still parse each into its typed result or typed error, and the body must follow the schema.
import { describe, expect, test } from "vitest";
import { concreteStatus } from "../../src/concrete-status.ts";
import { dynamicCases } from "../../src/contract-cases.ts";
import { recordCoverage } from "../../src/coverage-gate/record-coverage.ts";
import { recordExchanges } from "../../src/exchange-recorder.ts";
import { bodyOf, expectConformingResponses, expectResultOfBody, mockAnswer } from "../../src/expect-contract.ts";
import { bodyOnSafeMethod, expectBodyRefused } from "../../src/expect-refused-body.ts";
import { answerSelection, selectingFetch } from "../../src/mock-selection.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";

const { provider, mockUrl, document, operations, validator, allowlist, calls } = await providerUnderTest();

describe(`${provider}: generated responses`, () => {
  for (const { operation, response, covers, shared } of dynamicCases(operations, allowlist)) {
    test(`${operation.key} → ${response.status} ${response.mediaType}, generated`, async ({ task }) => {
      const status = concreteStatus(operation, response.status);
      const selection = answerSelection(operation, response, status, "dynamic");
      const recorder = recordExchanges(selectingFetch(selection));
      const client = calls.createClient({ baseUrl: mockUrl, fetch: recorder.fetch });
      const call = calls.operations[operation.key]!.call(client, { headers: selection.headers });
      if (bodyOnSafeMethod(operation)) {
        await expectBodyRefused(call, operation, recorder);
        recordCoverage(task, provider, covers, shared);
        return;
      }
      const result = await call;

      expect(recorder.exchanges).toHaveLength(1);
      const [exchange] = recorder.exchanges;
      expect(exchange!.status, mockAnswer(exchange!)).toBe(status);
      if (response.mediaType) expect(exchange!.contentType?.split(";")[0]).toBe(response.mediaType);
      expectConformingResponses(validator, recorder.exchanges);
      await expectResultOfBody(result, bodyOf(exchange!, response), document, response);
      recordCoverage(task, provider, covers, shared);
    });
  }
});
