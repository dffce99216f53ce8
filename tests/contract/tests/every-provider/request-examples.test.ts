// Every documented request example, sent as its own generated typed call (the example is the
// body literal, so an example the client's types refuse fails typecheck), is accepted by the mock
// that turns request violations into errors. An operation with a body but no example still sends
// one: the body sampled from its schema, which the mock must accept too. A body documented on GET
// or HEAD is refused by the client, typed, before anything is sent.
import { describe, expect, test } from "vitest";
import { concreteStatus } from "../../src/concrete-status.ts";
import { coverageKey } from "../../src/coverage-gate/coverage-items.ts";
import { recordCoverage } from "../../src/coverage-gate/record-coverage.ts";
import { recordExchanges } from "../../src/exchange-recorder.ts";
import { expectConformingResponses, mockAnswer, violationsOf } from "../../src/expect-contract.ts";
import { bodyOnSafeMethod, expectBodyRefused } from "../../src/expect-refused-body.ts";
import { answerSelection, selectingFetch } from "../../src/mock-selection.ts";
import type { DocumentedOperation } from "../../src/openapi/documented-operations.ts";
import { isJsonMediaType } from "../../src/openapi/schema-validator.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";

const { provider, mockUrl, operations, validator, allowlist, calls } = await providerUnderTest();

/** The operation's first success, answered by the mock (so the request is what the test is about). */
function successSelection(operation: DocumentedOperation) {
  const response = operation.responses.find((candidate) => /^2/.test(candidate.status)) ?? operation.responses[0]!;
  return answerSelection(operation, response, concreteStatus(operation, response.status), { example: undefined });
}

const withBody = operations.filter((operation) => operation.requestMediaType !== "");

describe(`${provider}: documented request examples are accepted`, () => {
  if (withBody.length === 0) {
    test("the document documents no request body", () => {
      expect(operations.filter((operation) => operation.requestExamples.length > 0)).toEqual([]);
    });
  }
  for (const operation of withBody) {
    const examples = operation.requestExamples.filter(
      (example) => !allowlist.allows(coverageKey.requestExample(operation, example.name)),
    );
    for (const example of examples) {
      const item = coverageKey.requestExample(operation, example.name);
      test(`${operation.key} "${example.name}"`, async ({ task }) => {
        const selection = successSelection(operation);
        const recorder = recordExchanges(selectingFetch(selection));
        const client = calls.createClient({ baseUrl: mockUrl, fetch: recorder.fetch });
        const call = calls.operations[operation.key]!.requestExamples[example.name]!(client, {
          headers: selection.headers,
        });
        if (bodyOnSafeMethod(operation)) {
          await expectBodyRefused(call, operation, recorder);
          recordCoverage(task, provider, [item]);
          return;
        }
        const result = await call;

        const [exchange] = recorder.exchanges;
        expect(violationsOf(exchange!.responseHeaders), mockAnswer(exchange!)).toEqual([]);
        if (isJsonMediaType(operation.requestMediaType))
          expect(JSON.parse(exchange!.requestBody)).toEqual(example.value);
        expect(result.error).toBeUndefined();
        expect(result.response.ok, mockAnswer(exchange!)).toBe(true);
        expectConformingResponses(validator, recorder.exchanges);
        recordCoverage(task, provider, [item]);
      });
    }
    if (examples.length === 0) {
      test(`${operation.key} (request generated from schema)`, async ({ task }) => {
        const selection = successSelection(operation);
        const recorder = recordExchanges(selectingFetch(selection));
        const client = calls.createClient({ baseUrl: mockUrl, fetch: recorder.fetch });
        const call = calls.operations[operation.key]!.call(client, { headers: selection.headers });
        if (bodyOnSafeMethod(operation)) {
          await expectBodyRefused(call, operation, recorder);
          recordCoverage(task, provider, [coverageKey.operation(operation)]);
          return;
        }
        const result = await call;
        const [exchange] = recorder.exchanges;
        expect(violationsOf(exchange!.responseHeaders), mockAnswer(exchange!)).toEqual([]);
        expect(result.response.ok, mockAnswer(exchange!)).toBe(true);
        expectConformingResponses(validator, recorder.exchanges);
        recordCoverage(task, provider, [coverageKey.operation(operation)]);
      });
    }
  }
});
