// Every operation × every documented status × every named example of every provider document,
// selected on the static mock with `Prefer: code=…, example=…` and received through the provider
// package's client. A status without examples is answered from its schema and tested the same way.

import type { Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, expect, inject, test } from "vitest";
import { coverageKey } from "../src/coverage-gate/coverage-items.ts";
import { recordCoverage } from "../src/coverage-gate/record-coverage.ts";
import { recordExchanges } from "../src/exchange-recorder.ts";
import { expectConformingResponses, expectResultOfBody } from "../src/expect-contract.ts";
import { SchemaValidator } from "../src/openapi/schema-validator.ts";
import { CONTRACTS } from "../src/provider-contracts.ts";
import { loadDocument } from "../src/provider-documents.ts";

const prism = inject("prism");

for (const contract of CONTRACTS) {
  const document = loadDocument(contract.provider);
  const validator = new SchemaValidator(document);

  describe(contract.provider, () => {
    for (const operation of contract.operations) {
      const send = contract.sender(operation);
      if (!send) continue;
      for (const response of operation.responses) {
        for (const example of response.examples.length ? response.examples : [undefined]) {
          const name = example ? `example "${example.name}"` : "(generated from schema)";
          test(`${operation.key} → ${response.status} ${response.mediaType} ${name}`, async ({ task }) => {
            const recorder = recordExchanges();
            const prefer = example ? `code=${response.status}, example=${example.name}` : `code=${response.status}`;
            const result = await send(
              { baseUrl: prism[contract.provider].static, fetch: recorder.fetch },
              { headers: { Prefer: prefer, ...(response.mediaType ? { Accept: response.mediaType } : {}) } },
            );

            expect(recorder.exchanges).toHaveLength(1);
            const [exchange] = recorder.exchanges;
            expect(exchange!.status).toBe(Number(response.status));
            expectConformingResponses(validator, recorder.exchanges);
            const body = (exchange!.body === "" ? undefined : JSON.parse(exchange!.body)) as Json;
            // The mock served the selected example, so the client's answer can be checked against it.
            if (example) expect(body).toEqual(example.value);

            expectResultOfBody(result, body, document, response);
            recordCoverage(task, contract.provider, [
              coverageKey.operation(operation),
              coverageKey.status(operation, response.status),
              coverageKey.example(operation, response, example?.name),
            ]);
          });
        }
      }
    }
  });
}
