// Validates bodies against the schemas one OpenAPI 3.0 document declares: every response the
// suite receives (openapi-fetch trusts whatever the server sends), and example payloads.

import { isObject, type Json, type JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { openapiSchemaToJsonSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { type DocumentedOperation, type DocumentedResponse, documentedOperations } from "./documented-operations.ts";

const COMPONENTS_ID = "urn:image-sdk:contract:components";

/** OpenAPI 3.0 schema → JSON Schema draft-04 (what OpenAPI 3.0 schemas extend). */
function toJsonSchema(schema: Json): JsonObject {
  const converted = openapiSchemaToJsonSchema(schema as object, {
    definitionKeywords: ["definitions"],
    // `$ref`s point into the document's components; they now live in one shared schema.
    beforeTransform: (node) => {
      const ref = (node as JsonObject).$ref;
      if (typeof ref !== "string" || !ref.startsWith("#/components/schemas/")) return node as never;
      return { ...node, $ref: `${COMPONENTS_ID}#/definitions/${ref.slice("#/components/schemas/".length)}` } as never;
    },
    // Vendor extensions (`x-…`) are OpenAPI annotations, unknown to a strict JSON Schema validator.
    afterTransform: (node) =>
      Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith("x-"))) as never,
  }) as JsonObject;
  delete converted.$schema;
  return converted;
}

function templateMatcher(path: string): RegExp {
  const pattern = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}$`);
}

export interface ReceivedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string | null;
  body: string;
}

export type ValidationResult = { valid: true } | { valid: false; reason: string };

export class SchemaValidator {
  readonly #ajv: Ajv;
  readonly #operations: Array<DocumentedOperation & { matcher: RegExp }>;
  readonly #compiled = new Map<Json, ValidateFunction>();

  constructor(document: JsonObject) {
    this.#ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(this.#ajv);
    const components =
      isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
    this.#ajv.addSchema(toJsonSchema({ definitions: components }), COMPONENTS_ID);
    this.#operations = documentedOperations(document).map((operation) => ({
      ...operation,
      matcher: templateMatcher(operation.path),
    }));
  }

  /** The documented response a received one answers to, or why there is none. */
  documentedResponse(received: ReceivedResponse): DocumentedResponse | string {
    const { pathname } = new URL(received.url);
    const method = received.method.toLowerCase();
    const operation = this.#operations.find(
      (candidate) => candidate.method === method && candidate.matcher.test(pathname),
    );
    if (!operation) return `${received.method} ${pathname} is not a documented operation`;
    const status = String(received.status);
    const byStatus =
      operation.responses.filter((response) => response.status === status).length > 0
        ? operation.responses.filter((response) => response.status === status)
        : operation.responses.filter(
            (response) => response.status === `${status[0]}XX` || response.status === "default",
          );
    if (byStatus.length === 0) return `${operation.key} does not document status ${status}`;
    const mediaType = received.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
    const response = byStatus.find((candidate) => candidate.mediaType.toLowerCase() === mediaType);
    if (!response) {
      return `${operation.key} ${status} documents ${byStatus.map((r) => r.mediaType || "no content").join(", ")}, not ${mediaType || "no content"}`;
    }
    return response;
  }

  /** Validates `value` against `schema`, a schema object of this document (it may `$ref` components). */
  validate(schema: Json, value: unknown): ValidationResult {
    let validate = this.#compiled.get(schema);
    if (!validate) {
      validate = this.#ajv.compile(toJsonSchema(schema));
      this.#compiled.set(schema, validate);
    }
    if (validate(value)) return { valid: true };
    return { valid: false, reason: describeErrors(validate.errors ?? []) };
  }

  /** Validates a received response against the operation, status and media type it answers to. */
  validateResponse(received: ReceivedResponse): ValidationResult {
    const response = this.documentedResponse(received);
    if (typeof response === "string") return { valid: false, reason: response };
    if (response.mediaType === "") {
      return received.body === ""
        ? { valid: true }
        : { valid: false, reason: "a body where the document declares none" };
    }
    if (response.schema === undefined) return { valid: true };
    let body: unknown;
    try {
      body = JSON.parse(received.body);
    } catch {
      return { valid: false, reason: `body is not JSON: ${received.body.slice(0, 200)}` };
    }
    return this.validate(response.schema, body);
  }
}

function describeErrors(errors: ErrorObject[]): string {
  return errors.map((error) => `${error.instancePath || "(body)"} ${error.message ?? error.keyword}`).join("; ");
}
