// Real-world schemas the response validator must take as they are: OpenAPI 3.1 (JSON Schema
// 2020-12), formats no validator knows, and patterns that are only valid without the `u` flag.
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, expect, test } from "vitest";
import { SchemaValidator } from "../../src/openapi/schema-validator.ts";

function documentWith(openapi: string, schemas: JsonObject): JsonObject {
  return { openapi, info: { title: "t", version: "1" }, paths: {}, components: { schemas } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("OpenAPI 3.1 schemas (JSON Schema 2020-12)", () => {
  const validator = new SchemaValidator(
    documentWith("3.1.0", {
      Size: { type: "integer", exclusiveMinimum: 0 },
      Thing: {
        type: "object",
        required: ["kind", "size"],
        properties: {
          kind: { const: "thing" },
          size: { ...ref("Size"), description: "a $ref with siblings" },
          note: { type: ["string", "null"] },
          pair: { type: "array", prefixItems: [{ type: "string" }, { type: "number" }], items: false },
        },
        examples: [{ kind: "thing", size: 1 }],
      },
    }),
  );

  test("accepts what 2020-12 allows", () => {
    expect(validator.validate(ref("Thing"), { kind: "thing", size: 2, note: null, pair: ["a", 1] })).toEqual({
      valid: true,
    });
  });

  test("rejects what 2020-12 forbids: const, numeric exclusiveMinimum, type arrays, prefixItems", () => {
    const result = validator.validate(ref("Thing"), { kind: "other", size: 0, note: 5, pair: [1, "a", true] });
    expect(result.valid).toBe(false);
    const reason = (result as { reason: string }).reason;
    expect(reason).toContain("/kind must be equal to constant");
    expect(reason).toContain("/size must be > 0");
    expect(reason).toContain("/note must be string,null");
    expect(reason).toContain("/pair/0 must be string");
    expect(reason).toContain("/pair must NOT have more than 2 items");
  });
});

describe.each(["3.0.3", "3.1.0"])("OpenAPI %s: unknown formats and non-unicode patterns", (openapi) => {
  const validator = new SchemaValidator(
    documentWith(openapi, {
      Network: {
        type: "object",
        properties: {
          id: { type: "integer", format: "uint64" },
          cidr: { type: "string", format: "cidr" },
          // `[\w-.]` and `\/` are syntax errors in a unicode RegExp, fine without the flag.
          slug: { type: "string", pattern: "^[\\w-.]+\\/[a-z]+$" },
          uuid: { type: "string", format: "uuid" },
        },
      },
    }),
  );

  test("an unknown format constrains nothing; a known one still does", () => {
    expect(validator.validate(ref("Network"), { id: 9007199254740991, cidr: "10.0.0.0/8" })).toEqual({
      valid: true,
    });
    expect(validator.validate(ref("Network"), { uuid: "not-a-uuid" })).toEqual({
      valid: false,
      reason: '/uuid must match format "uuid"',
    });
  });

  test("a pattern written for non-unicode regular expressions is compiled and enforced", () => {
    expect(validator.validate(ref("Network"), { slug: "my-app.v2/prod" })).toEqual({ valid: true });
    expect(validator.validate(ref("Network"), { slug: "no slash" }).valid).toBe(false);
  });
});

test("a document that is not OpenAPI 3.0 or 3.1 is refused, naming its version", () => {
  expect(() => new SchemaValidator({ swagger: "2.0", paths: {} })).toThrow(
    'openapi: "" is not OpenAPI 3.0 or 3.1; the contract suite validates only those',
  );
});
