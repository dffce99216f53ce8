// What the harness's own document walking makes of the quirk documents in
// scripts/tests/fixtures/quirk-documents/, without a mock: statically found schema defects, the
// validator on schemas ajv would refuse, `$ref`s that are data, and calls for bodies without examples.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { providerAt } from "@image-sdk/scripts/repo/providers.ts";
import { findSchemaDefects } from "@image-sdk/scripts/repo/schema-defects.ts";
import { describe, expect, test } from "vitest";
import { contractCallsSource } from "../../src/generate-calls/contract-calls-source.ts";
import { operationGroups, reachableRefs } from "../../src/mock/operation-groups.ts";
import { documentedOperations } from "../../src/openapi/documented-operations.ts";
import { exampleViolations } from "../../src/openapi/example-violations.ts";
import { SchemaValidator } from "../../src/openapi/schema-validator.ts";

const quirk = (name: string) =>
  JSON.parse(
    readFileSync(join(repoRoot, "scripts/tests/fixtures/quirk-documents", `${name}.openapi.json`), "utf8"),
  ) as JsonObject;
const schemas = (document: JsonObject) => (document.components as JsonObject).schemas as JsonObject;

describe("quirk documents", () => {
  test("duplicate enum values and required names: found statically, tolerated by the validator", () => {
    const document = quirk("duplicate-enum");
    expect(findSchemaDefects(document)).toEqual([
      {
        kind: "duplicate-enum",
        pointer: "#/components/schemas/ImageSize",
        message: 'enum lists "1024x1024" more than once',
      },
      {
        kind: "duplicate-required",
        pointer: "#/components/schemas/ImageRequest",
        message: 'required lists "prompt" more than once',
      },
    ]);
    const validator = new SchemaValidator(document);
    const image = schemas(document).Image!;
    expect(validator.validate(image, { id: "img_1", size: "1024x1024" })).toEqual({ valid: true });
    // Validation still works: a size outside the enum is refused.
    expect(validator.validate(image, { id: "img_1", size: "1x1" })).toMatchObject({ valid: false });
    expect(validator.validate(schemas(document).ImageRequest!, {})).toMatchObject({ valid: false });
  });

  test("a required name missing from properties (additionalProperties false) is found", () => {
    const document: JsonObject = {
      openapi: "3.1.0",
      components: {
        schemas: {
          Strict: { type: "object", additionalProperties: false, required: ["id"], properties: { name: {} } },
          // An example that holds such a shape is data: not reported.
          Holder: { type: "object", example: { enum: ["a", "a"] } },
        },
      },
    };
    expect(findSchemaDefects(document)).toEqual([
      {
        kind: "required-not-in-properties",
        pointer: "#/components/schemas/Strict",
        message: 'required names "id", which properties does not define (and additionalProperties is false)',
      },
    ]);
  });

  test("3.0's nullable in a 3.1 document allows null", () => {
    const validator = new SchemaValidator({ openapi: "3.1.0", paths: {} });
    expect(validator.validate({ type: "integer", nullable: true }, null)).toEqual({ valid: true });
    expect(validator.validate({ type: "integer" }, null)).toMatchObject({ valid: false });
  });

  test("a $ref inside an example value or an x- extension is data, not a reference", () => {
    const document = quirk("refs-as-data");
    const paths = document.paths as JsonObject;
    expect([...reachableRefs(document, [paths])]).toEqual(["#/components/schemas/User"]);
    const [operation] = documentedOperations(document);
    expect(operation!.requestExamples[0]!.value).toEqual({
      userName: "ada",
      schemas: [{ $ref: "urn:ietf:params:scim:schemas:core:2.0:User" }],
    });
    // The validator copies example data as it is and compiles a schema with such an extension.
    const validator = new SchemaValidator(document);
    expect(validator.validate(schemas(document).User!, operation!.requestExamples[0]!.value)).toEqual({
      valid: true,
    });
    expect(findSchemaDefects(document)).toEqual([]);
  });

  test("a group's sub-document keeps its paths and only the components they reach", () => {
    const document = quirk("no-examples");
    const groups = operationGroups(document, 1);
    expect(groups.map((group) => group.operations.map((operation) => operation.key))).toEqual([
      ["GET /images"],
      ["POST /images"],
    ]);
    const [get, post] = groups.map((group) => group.document!);
    expect(Object.keys((post!.paths as JsonObject)["/images"] as JsonObject)).toEqual(["post"]);
    expect(Object.keys(schemas(post!))).toEqual(["ImageRequest", "Image", "Error"]);
    expect(Object.keys(schemas(get!))).toEqual(["Image"]);
    expect((get!.components as JsonObject).securitySchemes).toEqual(
      (document.components as JsonObject).securitySchemes,
    );
    expect(operationGroups(document)).toEqual([
      { name: "all", operations: documentedOperations(document), document: undefined },
    ]);
  });

  test("a body without examples still gets a call, sampled from its schema", () => {
    const source = contractCallsSource(providerAt("noexamples"), quirk("no-examples"), "openapi.json");
    expect(source).toContain('body: body === undefined ? ({ "prompt": "string", "seed": 0 } as never)');
    expect(source).toContain('"POST /images": {\n      call:');
  });
});

describe("examples that break their own schema", () => {
  test("are found statically, keyed like the coverage gate's items", () => {
    const document = quirk("self-contradicting-mock-data");
    const operation = ((document.paths as JsonObject)["/generations/{id}"] as JsonObject).get as JsonObject;
    const media = ((operation.responses as JsonObject)["200"] as JsonObject).content as JsonObject;
    (media["application/json"] as JsonObject).examples = {
      bad: { value: { id: "not-a-uuid", version: "v1", createdAt: "2024-01-01T00:00:00Z", code: "ABC-1234" } },
      good: {
        value: {
          id: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          version: "v1",
          createdAt: "2024-01-01T00:00:00Z",
          code: "ABC-1234",
        },
      },
    };
    expect(exampleViolations(document)).toEqual([
      {
        item: 'GET /generations/{id} | 200 | application/json | example "bad"',
        reason: expect.stringContaining("/id must match pattern"),
      },
    ]);
    expect(exampleViolations(quirk("duplicate-enum"))).toEqual([]);
  });
});
