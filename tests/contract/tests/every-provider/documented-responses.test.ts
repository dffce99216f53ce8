// Every operation × documented status (ranges and `default` too) × media type × named example of
// the provider's document, selected on the mock with `__code=…&__example=…` and received
// through the generated typed call of the provider's client. A response without examples is
// answered from its schema; a response shared through `components/responses` is exercised once
// (src/contract-cases.ts) and covers every operation that shares it.
import { describe, expect, test } from "vitest";
import { concreteStatus } from "../../src/concrete-status.ts";
import { staticCases } from "../../src/contract-cases.ts";
import { recordCoverage } from "../../src/coverage-gate/record-coverage.ts";
import { recordExchanges } from "../../src/exchange-recorder.ts";
import { bodyOf, expectConformingResponses, expectResultOfBody, mockAnswer } from "../../src/expect-contract.ts";
import { bodyOnSafeMethod, expectBodyRefused } from "../../src/expect-refused-body.ts";
import { answerSelection, selectingFetch } from "../../src/mock-selection.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";

const { provider, mockUrl, document, operations, validator, allowlist, calls } = await providerUnderTest();

describe(`${provider}: documented responses`, () => {
  for (const { operation, response, example, covers, shared } of staticCases(operations, allowlist)) {
    const name = example ? `example "${example.name}"` : "(generated from schema)";
    test(`${operation.key} → ${response.status} ${response.mediaType} ${name}`, async ({ task }) => {
      const status = concreteStatus(operation, response.status);
      const selection = answerSelection(operation, response, status, { example });
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
      expectConformingResponses(validator, recorder.exchanges);
      const body = bodyOf(exchange!, response);
      // The mock served the selected example, so the client's answer can be checked against it.
      if (example) expect(body).toEqual(example.value);
      await expectResultOfBody(result, body, document, response);
      recordCoverage(task, provider, covers, shared);
    });
  }
});
