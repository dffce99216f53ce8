// What the provider sends its users: every example payload of a callback (OpenAPI 3.0 and 3.1)
// and of a top-level webhook (3.1) follows its schema.
import { describe, expect, test } from "vitest";
import { coverageItems, coverageKey } from "../../src/coverage-gate/coverage-items.ts";
import { recordCoverage } from "../../src/coverage-gate/record-coverage.ts";
import { documentedWebhooks } from "../../src/openapi/documented-operations.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";

const { provider, document, operations, validator, allowlist } = await providerUnderTest();

const payloads = [
  ...operations.flatMap((operation) =>
    operation.callbacks.flatMap((callback) =>
      callback.examples.map((example) => ({
        name: `${operation.key} callback ${callback.name} example "${example.name}"`,
        item: coverageKey.callbackExample(operation, callback, example.name),
        schema: callback.schema,
        example,
      })),
    ),
  ),
  ...documentedWebhooks(document).flatMap((webhook) =>
    webhook.examples.map((example) => ({
      name: `webhook ${webhook.name} example "${example.name}"`,
      item: coverageKey.webhookExample(webhook, example.name),
      schema: webhook.schema,
      example,
    })),
  ),
].filter((payload) => !allowlist.allows(payload.item));

describe(`${provider}: callback and webhook payload examples`, () => {
  if (payloads.length === 0) {
    test("the document documents no payload example the gate would ask for", () => {
      const items = coverageItems(operations, documentedWebhooks(document));
      expect(items.filter((candidate) => /^(callback|webhook)-example$/.test(candidate.kind))).toEqual([]);
    });
  }
  for (const { name, item, schema, example } of payloads) {
    test(name, ({ task }) => {
      expect(schema, "the payload has no schema to follow").toBeDefined();
      expect(validator.validate(schema!, example.value)).toEqual({ valid: true });
      recordCoverage(task, provider, [item]);
    });
  }
});
