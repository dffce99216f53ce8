// `contract:record`'s check of a real answer, on a small document of our own: each way an API
// drifts from its document is reported precisely (JSON pointer, expected, actual), a conforming
// answer reports nothing, and the overlay action suggested for each drift, applied with the
// pipeline's own overlay step, makes the same answer conform.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyOverlay } from "@image-sdk/scripts/pipeline/apply-overlay.ts";
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { afterAll, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { documentedOperations } from "../../src/openapi/documented-operations.ts";
import { SchemaValidator } from "../../src/openapi/schema-validator.ts";
import { checkExchange } from "../../src/record/check-exchange.ts";
import { RECORDING_FORMAT, type Recording } from "../../src/record/recording-file.ts";
import { suggestOverlay } from "../../src/record/suggest-overlay.ts";

const fixture: JsonObject = {
  openapi: "3.0.3",
  info: { title: "Drift fixture", version: "1.0.0" },
  paths: {
    "/things/{id}": {
      get: {
        operationId: "getThing",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "A thing",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          "404": { description: "No such thing" },
        },
      },
    },
    "/jobs": {
      post: {
        operationId: "createJob",
        responses: {
          "202": {
            description: "Accepted",
            headers: { Location: { required: true, schema: { type: "string" } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Job" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "name"],
        properties: { id: { type: "string" }, name: { type: "string" }, size: { type: "integer" } },
      },
      Job: {
        type: "object",
        additionalProperties: false,
        required: ["id"],
        properties: { id: { type: "string" }, state: { type: "string", enum: ["queued", "done"] } },
      },
    },
  },
};

const THING = "GET /things/{id}";
const JOB = "POST /jobs";

function recording(operation: string, status: number, body: Json | undefined, headers: Record<string, string> = {}) {
  return {
    format: RECORDING_FORMAT,
    provider: "fixture",
    operation,
    recordedAt: "2026-01-02T03:04:05.000Z",
    request: { method: operation.split(" ")[0]!, path: "/things/7", headers: {} },
    response: {
      status,
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      ...(body === undefined ? {} : { body: { json: body } }),
    },
  } satisfies Recording;
}

const check = (document: JsonObject, answer: Recording) =>
  checkExchange(
    { document, operations: documentedOperations(document), validator: new SchemaValidator(document) },
    answer,
  );

const scratch = mkdtempSync(join(tmpdir(), "image-sdk-record-overlay-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The document after the actions suggested for `answer`, applied as the pipeline applies an overlay. */
async function aligned(answer: Recording): Promise<JsonObject> {
  const operations = documentedOperations(fixture);
  const operation = operations.find((candidate) => candidate.key === answer.operation)!;
  const actions = check(fixture, answer).flatMap((violation) =>
    suggestOverlay({ document: fixture, operation, recording: answer, evidence: "recordings/x.json", violation }),
  );
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) expect(action.description).toContain("recordings/x.json");
  const file = join(scratch, `overlay-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify({ overlay: "1.0.0", info: { title: "t", version: "1" }, actions }));
  return (await applyOverlay(structuredClone(fixture), file, file)) as JsonObject;
}

const conforming = {
  thing: recording(THING, 200, { id: "7", name: "lamp", size: 3 }),
  job: recording(JOB, 202, { id: "j1", state: "queued" }, { location: "/jobs/j1" }),
};

describe("contract:record checks an answer against the document", () => {
  test("a conforming answer reports nothing", () => {
    expect(check(fixture, conforming.thing)).toEqual([]);
    expect(check(fixture, conforming.job)).toEqual([]);
    expect(check(fixture, recording(THING, 404, undefined))).toEqual([]);
  });

  test("an extra field is allowed where the schema allows more properties", () => {
    expect(check(fixture, recording(THING, 200, { id: "7", name: "lamp", colour: "red" }))).toEqual([]);
  });

  const drifts: Array<{ name: string; answer: Recording; violation: Record<string, Json> }> = [
    {
      name: "an undocumented status",
      answer: recording(THING, 429, { message: "slow down" }),
      violation: { kind: "status", pointer: "/response/status", expected: ["200", "404"], actual: 429 },
    },
    {
      name: "a missing required field",
      answer: recording(THING, 200, { id: "7" }),
      violation: { kind: "body", pointer: "/response/body/name", expected: "present (required)", actual: "(missing)" },
    },
    {
      name: "an extra field where additionalProperties is false",
      answer: recording(JOB, 202, { id: "j1", priority: 5 }, { location: "/jobs/j1" }),
      violation: { kind: "body", pointer: "/response/body/priority", actual: 5 },
    },
    {
      name: "a wrong type",
      answer: recording(THING, 200, { id: "7", name: "lamp", size: "large" }),
      violation: { kind: "body", pointer: "/response/body/size", expected: "integer", actual: "string" },
    },
    {
      name: "a null where the type has none",
      answer: recording(THING, 200, { id: "7", name: "lamp", size: null }),
      violation: { kind: "body", pointer: "/response/body/size", expected: "integer", actual: "null" },
    },
    {
      name: "a value outside the enum",
      answer: recording(JOB, 202, { id: "j1", state: "failed" }, { location: "/jobs/j1" }),
      violation: { kind: "body", pointer: "/response/body/state", expected: ["queued", "done"], actual: "failed" },
    },
    {
      name: "a different content type",
      answer: {
        ...recording(THING, 200, undefined),
        response: { status: 200, headers: { "content-type": "text/html" }, body: { text: "<p>lamp</p>" } },
      },
      violation: {
        kind: "media-type",
        pointer: "/response/headers/content-type",
        expected: ["application/json"],
        actual: "text/html",
      },
    },
    {
      name: "a 200 where 202 is documented",
      answer: recording(JOB, 200, { id: "j1" }, { location: "/jobs/j1" }),
      violation: { kind: "status", pointer: "/response/status", expected: ["202"], actual: 200 },
    },
    {
      name: "a missing required header",
      answer: recording(JOB, 202, { id: "j1" }),
      violation: { kind: "header", pointer: "/response/headers/location", expected: "present (required)" },
    },
  ];

  for (const { name, answer, violation } of drifts) {
    test(`${name} is reported, and the suggested overlay action aligns the document`, async () => {
      const violations = check(fixture, answer);
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject(violation);
      expect(violations[0]!.message).not.toBe("");
      const corrected = await aligned(answer);
      expect(check(corrected, answer)).toEqual([]);
      // The correction widens the document; answers that conformed before still conform.
      expect(check(corrected, conforming.thing)).toEqual([]);
      expect(check(corrected, conforming.job)).toEqual([]);
    });
  }
});
