// Every operation × documented status (ranges and `default` too) × media type × named example of
// the provider's document, selected on the mock with `Prefer: code=…, example=…` and received
// through the generated typed call of the provider's client. A response without examples is
// answered from its schema; a response shared through `components/responses` is exercised once
// (src/contract-cases.ts) and covers every operation that shares it.
import { describe, expect, test } from "vitest";
import { concreteStatus } from "../../src/concrete-status.ts";
import { staticCases } from "../../src/contract-cases.ts";
import { recordCoverage } from "../../src/coverage-gate/record-coverage.ts";
import { preferHeaders } from "../../src/dynamic-answers.ts";
import { recordExchanges } from "../../src/exchange-recorder.ts";
import { bodyOf, expectConformingResponses, expectResultOfBody } from "../../src/expect-contract.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";

const { provider, mockUrl, document, operations, validator, allowlist, calls } = await providerUnderTest();

describe(`${provider}: documented responses`, () => {
  for (const { operation, response, example, covers, shared } of staticCases(operations, allowlist)) {
    const name = example ? `example "${example.name}"` : "(generated from schema)";
    test(`${operation.key} → ${response.status} ${response.mediaType} ${name}`, async ({ task }) => {
      const recorder = recordExchanges();
      const client = calls.createClient({ baseUrl: mockUrl, fetch: recorder.fetch });
      const status = concreteStatus(operation, response.status);
      const headers = preferHeaders({ ...response, status: String(status) }, { example });
      const result = await calls.operations[operation.key]!.call(client, { headers });

      expect(recorder.exchanges).toHaveLength(1);
      const [exchange] = recorder.exchanges;
      expect(exchange!.status).toBe(status);
      expectConformingResponses(validator, recorder.exchanges);
      const body = bodyOf(exchange!, response);
      // The mock served the selected example, so the client's answer can be checked against it.
      if (example) expect(body).toEqual(example.value);
      await expectResultOfBody(result, body, document, response);
      recordCoverage(task, provider, covers, shared);
    });
  }
});
