// Freepik requests that break its contract are rejected, as typed errors.
import { describe, test } from "vitest";
import calls from "../../../generated/freepik.ts";
import { recordExchanges } from "../../../src/exchange-recorder.ts";
import { expectRejected, missingKey, type RejectedCase, rejectsEveryCase } from "../../../src/expect-rejected.ts";
import { mockOf } from "../../../src/flow-expectations.ts";

const rejectedCases: RejectedCase[] = [
  {
    operation: "POST /v1/ai/image-to-prompt",
    name: "without the required image field",
    input: { body: { webhook_url: "https://example.com/hook" } },
    violations: [
      { location: ["request", "body"], code: "required", message: "Request body must have required property 'image'" },
    ],
  },
  {
    operation: "POST /v1/ai/image-to-prompt",
    name: "with a webhook_url that is not a URI",
    input: { body: { image: "https://example.com/cat.png", webhook_url: "not a uri" } },
    violations: [{ location: ["request", "body", "webhook_url"], code: "format" }],
  },
  {
    operation: "POST /v1/ai/image-to-prompt",
    name: "with a number for image",
    input: { body: { image: 42 } },
    violations: [{ location: ["request", "body", "image"], code: "type" }],
  },
  {
    operation: "GET /v1/ai/image-to-prompt",
    name: "without an API key",
    input: {},
    withoutHeaders: ["x-freepik-api-key"],
    violations: [missingKey],
  },
];

describe("freepik: requests that break the contract are rejected, as typed errors", () => {
  rejectsEveryCase(calls, rejectedCases);

  test("GET /v1/ai/image-to-prompt/{task-id} with a task id that is not a uuid", async () => {
    const recorder = recordExchanges();
    const client = calls.createClient({ baseUrl: mockOf("freepik"), fetch: recorder.fetch });
    const result = await client.GET("/v1/ai/image-to-prompt/{task-id}", {
      params: { path: { "task-id": "not-a-uuid" } },
    });
    await expectRejected(
      "freepik",
      recorder,
      result,
      [{ location: ["request", "path", "task-id"], code: "format" }],
      "GET /v1/ai/image-to-prompt/{task-id}",
    );
  });
});
