// The rules that make a tool from an operation: its name (stable, under the limit, distinct when
// truncated) and its input schema (self-contained JSON Schema from OpenAPI's dialect).
import { describe, expect, it } from "vitest";
import { toJsonSchema } from "../src/tools/json-schema.ts";
import { operationTools } from "../src/tools/operation-tools.ts";
import { MAX_TOOL_NAME_LENGTH, toolName } from "../src/tools/tool-name.ts";

describe("toolName", () => {
  it("is <provider>_<operationId> in snake case, or the method and path without an operationId", () => {
    expect(toolName("acme", "POST", "/x", "ImagesApiController_imageToPrompt")).toBe(
      "acme_images_api_controller_image_to_prompt",
    );
    expect(toolName("acme", "GET", "/v1/tasks/{task-id}", undefined)).toBe("acme_get_v1_tasks_task_id");
    expect(toolName("my-api", "GET", "/", "getHTTPStatus")).toBe("my_api_get_http_status");
  });

  it("cuts a long name to the limit with a hash of the whole name: stable, and distinct for distinct operations", () => {
    const long = (suffix: string) => toolName("acme", "GET", "/", `${"veryLongOperationName".repeat(4)}${suffix}`);
    expect(long("One")).toHaveLength(MAX_TOOL_NAME_LENGTH);
    expect(long("One")).toMatch(/^acme_very_long_operation_name.*_[0-9a-f]{8}$/);
    expect(long("One")).toBe(long("One"));
    expect(long("One")).not.toBe(long("Two"));
  });
});

describe("input schemas", () => {
  const document = {
    openapi: "3.0.3",
    paths: {
      "/items/{id}": {
        parameters: [{ $ref: "#/components/parameters/Id" }],
        put: {
          operationId: "putItem",
          summary: "Replace an item",
          parameters: [{ name: "dryRun", in: "query", schema: { type: "boolean" }, description: "Only check" }],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } },
          },
        },
      },
    },
    components: {
      parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "string" } } },
      schemas: {
        Item: {
          type: "object",
          properties: {
            name: { type: "string", nullable: true, example: "a" },
            children: { type: "array", items: { $ref: "#/components/schemas/Item" } },
          },
        },
      },
    },
  };

  it("puts the parameters at the top level and the body under `body`, $refs inlined and cycles cut", () => {
    const [tool] = operationTools("acme", document);
    expect(tool).toMatchObject({ name: "acme_put_item", method: "PUT", path: "/items/{id}" });
    expect(tool!.description).toBe("Replace an item (acme: PUT /items/{id})");
    expect(tool!.inputSchema.required).toEqual(["id", "body"]);
    expect(tool!.inputSchema.properties.dryRun).toEqual({ type: "boolean", description: "Only check" });
    const body = tool!.inputSchema.properties.body as { properties: Record<string, unknown> };
    expect(body.properties.name).toEqual({ type: ["string", "null"], examples: ["a"] });
    expect(JSON.stringify(tool!.inputSchema)).not.toContain("$ref");
    expect(tool!.arguments).toEqual({ id: "path", dryRun: "query", body: "body" });
  });

  it("names the reference that points at nothing", () => {
    expect(() => toJsonSchema(document, { $ref: "#/components/schemas/Missing" })).toThrow(
      'the $ref "#/components/schemas/Missing" points at nothing',
    );
  });
});
