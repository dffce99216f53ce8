// What the providers would publish at their upstream URLs, built from the vendored files so the
// tests follow the specs: Flamel's one document for its whole API (both vendored operations plus
// one we do not vendor, components in an order unlike the docs site's), Freepik's likewise.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";

type Json = Record<string, any>;

async function vendored(root: string, file: string): Promise<Json> {
  return parse(await readFile(join(root, "specs", file), "utf8")) as Json;
}

export async function flamelPublished(root: string): Promise<Json> {
  const [toPrompt, create] = await Promise.all([
    vendored(root, "flamel/upstream/image-to-prompt.yaml"),
    vendored(root, "flamel/upstream/create-image.yaml"),
  ]);
  const schemas = Object.entries(create.components.schemas).reverse();
  return {
    ...toPrompt,
    paths: {
      "/api/users/me": {
        get: {
          operationId: "UsersController_me",
          responses: {
            "200": {
              description: "",
              content: { "application/json": { schema: { $ref: "#/components/schemas/UserDto" } } },
            },
          },
          security: [{ apiKey: [] }],
        },
      },
      ...toPrompt.paths,
      ...create.paths,
    },
    components: {
      securitySchemes: create.components.securitySchemes,
      schemas: { UserDto: { type: "object", properties: { id: { type: "number" } } }, ...Object.fromEntries(schemas) },
    },
  };
}

export async function freepikPublished(root: string): Promise<Json> {
  const document = await vendored(root, "freepik/upstream/image-to-prompt.yaml");
  return {
    ...document,
    paths: {
      "/v1/ai/text-to-image": {
        post: {
          requestBody: {
            content: { "application/json": { schema: { $ref: "#/components/schemas/text_to_image_request" } } },
          },
          responses: { "200": { description: "OK" } },
        },
      },
      ...document.paths,
    },
    components: {
      ...document.components,
      schemas: {
        text_to_image_request: { type: "object", properties: { prompt: { type: "string" } } },
        ...document.components.schemas,
      },
    },
  };
}

export const asJson = (document: Json) => ({ type: "application/json", body: JSON.stringify(document) });
export const asYaml = (document: Json) => ({ type: "application/yaml", body: stringify(document) });

/** Removes a property from an object schema, and from its `required` list. */
export function dropProperty(schema: Json, name: string): void {
  delete schema.properties[name];
  if (Array.isArray(schema.required)) schema.required = schema.required.filter((required: string) => required !== name);
}
