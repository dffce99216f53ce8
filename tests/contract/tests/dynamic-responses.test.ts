// Dynamic mode: Prism invents each documented response from its schema (fixed seed), and the
// client must still parse it into its typed result or typed error, and the body must validate.

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

  describe(`${contract.provider} (dynamic)`, () => {
    for (const operation of contract.operations) {
      const send = contract.sender(operation);
      if (!send) continue;
      for (const response of operation.responses) {
        test(`${operation.key} → ${response.status} ${response.mediaType}, generated`, async ({ task }) => {
          const recorder = recordExchanges();
          const result = await send(
            { baseUrl: prism[contract.provider].dynamic, fetch: recorder.fetch },
            {
              headers: {
                Prefer: `code=${response.status}`,
                ...(response.mediaType ? { Accept: response.mediaType } : {}),
              },
            },
          );

          expect(recorder.exchanges).toHaveLength(1);
          const [exchange] = recorder.exchanges;
          expect(exchange!.status).toBe(Number(response.status));
          expect(exchange!.contentType?.split(";")[0]).toBe(response.mediaType);
          expectConformingResponses(validator, recorder.exchanges);
          const body = JSON.parse(exchange!.body) as Json;
          expectResultOfBody(result, body, document, response);
          recordCoverage(task, contract.provider, [coverageKey.dynamic(operation, response)]);
        });
      }
    }
  });
}
