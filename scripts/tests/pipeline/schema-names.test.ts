import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../pipeline/json-ref.ts";
import { pascalSchemaName, renameSchemas, schemaRenames } from "../../pipeline/schema-names.ts";

describe("pascalSchemaName", () => {
  it.each([
    ["schemas_prediction_response", "SchemasPredictionResponse"],
    ["postInternalTesting_200_response", "PostInternalTesting200Response"],
    ["InternalBatchResultsResponse_results_inner", "InternalBatchResultsResponseResultsInner"],
    ["cost", "Cost"],
    ["task-detail_1", "TaskDetail1"],
    ["200_response", "Schema200Response"],
  ])("%s → %s", (name, pascal) => expect(pascalSchemaName(name)).toBe(pascal));
});

describe("renameSchemas", () => {
  const document = (): JsonObject => ({
    paths: {
      "/things": {
        get: {
          responses: {
            "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/thing_list" } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        thing_list: { type: "array", items: { $ref: "#/components/schemas/cost/properties/amount" } },
        cost: { type: "object", properties: { amount: { type: "number" } } },
        Pet: {
          oneOf: [{ $ref: "#/components/schemas/dog" }, { $ref: "#/components/schemas/Cat" }],
          discriminator: { propertyName: "kind" },
        },
        dog: { type: "object" },
        Cat: { type: "object" },
        Example: { type: "object", example: { "~$ref": "#/components/schemas/cost" } },
      },
    },
  });

  it("renames every non-PascalCase schema and every reference to it, nested pointers included", () => {
    const renamed = renameSchemas(document(), schemaRenames(document(), "doc.json"));
    const schemas = (renamed.components as JsonObject).schemas as JsonObject;
    expect(Object.keys(schemas)).toEqual(["ThingList", "Cost", "Pet", "Dog", "Cat", "Example"]);
    expect(JSON.stringify(renamed.paths)).toContain('"#/components/schemas/ThingList"');
    expect((schemas.ThingList as JsonObject).items).toEqual({ $ref: "#/components/schemas/Cost/properties/amount" });
    // An escaped data `$ref` (scripts/repo/data-values.ts) is data: left as the vendor wrote it.
    expect((schemas.Example as JsonObject).example).toEqual({ "~$ref": "#/components/schemas/cost" });
  });

  it("keeps an implicit discriminator's wire values by mapping each renamed variant's old name", () => {
    const renamed = renameSchemas(document(), schemaRenames(document(), "doc.json"));
    const pet = ((renamed.components as JsonObject).schemas as JsonObject).Pet as JsonObject;
    expect(pet.discriminator).toEqual({ propertyName: "kind", mapping: { dog: "#/components/schemas/Dog" } });
  });

  it("leaves a document whose schemas are all PascalCase as it is", () => {
    const plain: JsonObject = { components: { schemas: { Thing: { type: "object" } } } };
    expect(renameSchemas(plain, schemaRenames(plain, "doc.json"))).toBe(plain);
  });

  it("refuses a rename onto a name the document already has, naming both schemas and the file", () => {
    const clash: JsonObject = { components: { schemas: { Cost: {}, cost: {} } } };
    expect(() => schemaRenames(clash, "specs/acme/upstream/openapi.json")).toThrow(
      /specs\/acme\/upstream\/openapi\.json#\/components\/schemas\/cost.*Cost.*overlay/,
    );
  });
});
