// Freepik's task-finished callback: every documented payload example follows the callback's
// schema, and, signed the way the callback's headers document, passes the package's verifier and
// comes out as its typed payload; the same payload altered after signing does not.
import { createHmac } from "node:crypto";
import { type TaskFinishedPayload, verifyWebhook, WebhookVerificationError } from "@image-sdk/freepik/webhooks";
import { describe, expect, test } from "vitest";
import { coverageKey } from "../../../src/coverage-gate/coverage-items.ts";
import { recordCoverage } from "../../../src/coverage-gate/record-coverage.ts";
import { documentedOperations } from "../../../src/openapi/documented-operations.ts";
import { validatorFor } from "../../../src/openapi/schema-validator.ts";
import { loadDocument } from "../../../src/providers/contract-providers.ts";

const validator = validatorFor(loadDocument("freepik"));
const secret = "contract-test-secret";

/** `webhook-signature` as documented: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. */
function signedHeaders(body: string): Record<string, string> {
  const id = "msg_contract_test";
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac("sha256", secret).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}

describe("freepik webhook payloads", () => {
  const callbacks = documentedOperations(loadDocument("freepik")).flatMap((operation) =>
    operation.callbacks.map((callback) => ({ operation, callback })),
  );

  test("the document has callbacks with examples to check", () => {
    expect(callbacks.flatMap(({ callback }) => callback.examples).length).toBeGreaterThan(0);
  });

  for (const { operation, callback } of callbacks) {
    for (const example of callback.examples) {
      test(`${operation.key} callback ${callback.name}: example "${example.name}"`, ({ task }) => {
        expect(validator.validate(callback.schema!, example.value)).toEqual({ valid: true });

        const body = JSON.stringify(example.value);
        const headers = signedHeaders(body);
        for (const header of callback.headers) {
          if (header.required) expect(headers).toHaveProperty(header.name);
          if (header.schema) expect(validator.validate(header.schema, headers[header.name])).toEqual({ valid: true });
        }
        const payload: TaskFinishedPayload = verifyWebhook(body, headers, secret);
        expect(payload).toEqual(example.value);

        const altered = JSON.stringify({ ...(example.value as object), status: "ALTERED" });
        expect(() => verifyWebhook(altered, headers, secret)).toThrow(WebhookVerificationError);
        expect(() => verifyWebhook(body, headers, "another-secret")).toThrow(WebhookVerificationError);
        recordCoverage(task, "freepik", [coverageKey.callbackExample(operation, callback, example.name)]);
      });
    }
  }
});
