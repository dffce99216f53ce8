// Named examples (request, response, callback) that break their own schema: an upstream defect
// found statically, before any mock runs (Prism serves such an example as it is, and the suite's
// validator then refuses it). Each is keyed like the coverage gate's item, so the scaffold can turn
// it into an allowlist entry whose reason is this finding.
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { coverageKey } from "../coverage-gate/coverage-items.ts";
import { documentedOperations } from "./documented-operations.ts";
import { validatorFor } from "./schema-validator.ts";

export interface ExampleViolation {
  /** The coverage item the example is (`GET /x | 200 | application/json | example "ok"`). */
  item: string;
  /** Why the validator refuses it (instance paths and messages). */
  reason: string;
}

export function exampleViolations(document: JsonObject): ExampleViolation[] {
  const validator = validatorFor(document);
  const found: ExampleViolation[] = [];
  for (const operation of documentedOperations(document)) {
    if (operation.requestSchema !== undefined && /json/i.test(operation.requestMediaType)) {
      for (const example of operation.requestExamples) {
        const result = validator.validate(operation.requestSchema, example.value);
        if (!result.valid)
          found.push({ item: coverageKey.requestExample(operation, example.name), reason: result.reason });
      }
    }
    for (const response of operation.responses) {
      if (response.schema === undefined || !/json/i.test(response.mediaType)) continue;
      for (const example of response.examples) {
        const result = validator.validate(response.schema, example.value);
        if (!result.valid) {
          found.push({ item: coverageKey.example(operation, response, example.name), reason: result.reason });
        }
      }
    }
  }
  return found;
}
