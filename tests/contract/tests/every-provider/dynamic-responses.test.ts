// Answers the mock generates from each documented response's schema (`Prefer: dynamic=true`, a
// fixed seed): the client must still parse each into its typed result or typed error, and the
// body must validate against the schema.
import { describe, expect, test } from "vitest";
import { concreteStatus } from "../../src/concrete-status.ts";
import { dynamicCases } from "../../src/contract-cases.ts";
import { recordCoverage } from "../../src/coverage-gate/record-coverage.ts";
import { preferHeaders } from "../../src/dynamic-answers.ts";
import { recordExchanges } from "../../src/exchange-recorder.ts";
import { bodyOf, expectConformingResponses, expectResultOfBody } from "../../src/expect-contract.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";

const { provider, mockUrl, document, operations, validator, allowlist, calls } = await providerUnderTest();

describe(`${provider}: generated responses`, () => {
  for (const { operation, response, covers, shared } of dynamicCases(operations, allowlist)) {
    test(`${operation.key} → ${response.status} ${response.mediaType}, generated`, async ({ task }) => {
      const recorder = recordExchanges();
      const client = calls.createClient({ baseUrl: mockUrl, fetch: recorder.fetch });
      const status = concreteStatus(operation, response.status);
      const headers = preferHeaders({ ...response, status: String(status) }, "dynamic");
      const result = await calls.operations[operation.key]!.call(client, { headers });

      expect(recorder.exchanges).toHaveLength(1);
      const [exchange] = recorder.exchanges;
      expect(exchange!.status).toBe(status);
      if (response.mediaType) expect(exchange!.contentType?.split(";")[0]).toBe(response.mediaType);
      expectConformingResponses(validator, recorder.exchanges);
      await expectResultOfBody(result, bodyOf(exchange!, response), document, response);
      recordCoverage(task, provider, covers, shared);
    });
  }
});
