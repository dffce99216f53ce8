// Every documented request example, sent as its own generated typed call (the example is the
// body literal, so an example the client's types refuse fails typecheck), is accepted by the mock
// that turns request violations into errors.
import { describe, expect, test } from "vitest";
import { coverageKey } from "../../src/coverage-gate/coverage-items.ts";
import { recordCoverage } from "../../src/coverage-gate/record-coverage.ts";
import { recordExchanges } from "../../src/exchange-recorder.ts";
import { expectConformingResponses, violationsOf } from "../../src/expect-contract.ts";
import { isJsonMediaType } from "../../src/openapi/schema-validator.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";

const { provider, mockUrl, operations, validator, allowlist, calls } = await providerUnderTest();

describe(`${provider}: documented request examples are accepted`, () => {
  for (const operation of operations) {
    for (const example of operation.requestExamples) {
      const item = coverageKey.requestExample(operation, example.name);
      if (allowlist.allows(item)) continue;
      test(`${operation.key} "${example.name}"`, async ({ task }) => {
        const recorder = recordExchanges();
        const client = calls.createClient({ baseUrl: mockUrl, fetch: recorder.fetch });
        const result = await calls.operations[operation.key]!.requestExamples[example.name]!(client, { headers: {} });

        const [exchange] = recorder.exchanges;
        expect(violationsOf(exchange!.responseHeaders)).toEqual([]);
        if (isJsonMediaType(operation.requestMediaType))
          expect(JSON.parse(exchange!.requestBody)).toEqual(example.value);
        expect(result.error).toBeUndefined();
        expect(result.response.ok).toBe(true);
        expectConformingResponses(validator, recorder.exchanges);
        recordCoverage(task, provider, [item]);
      });
    }
  }
});
