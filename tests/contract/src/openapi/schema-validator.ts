// Validates bodies against the schemas one OpenAPI document declares: every response the suite
// receives (openapi-fetch trusts whatever the server sends), and example payloads. Real documents
// are accepted as they are: OpenAPI 3.0 (schemas converted to JSON Schema draft-04) and 3.1 (JSON
// Schema 2020-12 already), formats no validator knows (`uint64`, `cidr`) and patterns written for
// non-unicode regular expressions.

import { isObject, type Json, type JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { withoutDuplicates } from "@image-sdk/scripts/repo/schema-defects.ts";
import { openapiSchemaToJsonSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import type { ErrorObject, Options, ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { type DocumentedOperation, type DocumentedResponse, documentedOperations } from "./documented-operations.ts";
import { type OperationMatcher, operationMatcher, responsesForStatus } from "./operation-matcher.ts";
import { permissiveRegExp } from "./permissive-regexp.ts";

const COMPONENTS_ID = "urn:image-sdk:contract:components";
const COMPONENT_SCHEMAS = "#/components/schemas/";

type Dialect = "openapi-3.0" | "openapi-3.1";

function dialectOf(document: JsonObject): Dialect {
  const version = typeof document.openapi === "string" ? document.openapi : "";
  if (/^3\.0\./.test(version)) return "openapi-3.0";
  if (/^3\.1\./.test(version)) return "openapi-3.1";
  throw new Error(`openapi: "${version}" is not OpenAPI 3.0 or 3.1; the contract suite validates only those`);
}

/**
 * What every schema node becomes before ajv compiles it: vendor extensions (`x-…`, OpenAPI
 * annotations) dropped, and the defects ajv refuses but that change nothing about what the schema
 * accepts (a repeated `enum` value or `required` name, found statically by
 * scripts/repo/schema-defects.ts) removed.
 */
function forValidator(node: JsonObject): JsonObject {
  const result = Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith("x-")));
  if (Array.isArray(result.enum)) result.enum = withoutDuplicates(result.enum);
  if (Array.isArray(result.required)) result.required = withoutDuplicates(result.required);
  return result;
}

/** `nullable: true` (an OpenAPI 3.0 keyword) in a 3.1 schema: what its author meant, `null` allowed. */
function withNull(node: JsonObject): JsonObject {
  if (node.nullable !== true) return node;
  const { nullable: _, ...rest } = node;
  if (typeof rest.type === "string") return { ...rest, type: [rest.type, "null"] };
  if (Array.isArray(rest.type) && !rest.type.includes("null")) return { ...rest, type: [...rest.type, "null"] };
  if (Array.isArray(rest.enum) && !rest.enum.includes(null)) return { ...rest, enum: [...rest.enum, null] };
  return rest;
}

/** OpenAPI 3.0 schema → JSON Schema draft-04, its component `$ref`s aimed at the shared components schema. */
function fromOpenApi30(schema: Json): JsonObject {
  const converted = openapiSchemaToJsonSchema(schema as object, {
    definitionKeywords: ["definitions"],
    beforeTransform: (node) => {
      const ref = (node as JsonObject).$ref;
      if (typeof ref !== "string" || !ref.startsWith(COMPONENT_SCHEMAS)) return node as never;
      return { ...node, $ref: `${COMPONENTS_ID}#/definitions/${ref.slice(COMPONENT_SCHEMAS.length)}` } as never;
    },
    afterTransform: (node) => forValidator(node as JsonObject) as never,
  }) as JsonObject;
  delete converted.$schema;
  return converted;
}

/** OpenAPI 3.1 schemas are JSON Schema 2020-12: only the component `$ref`s need a new home. */
function fromOpenApi31(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(fromOpenApi31);
  if (!isObject(schema)) return schema;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(forValidator(withNull(schema)))) {
    if (key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_SCHEMAS)) {
      result.$ref = `${COMPONENTS_ID}#/$defs/${value.slice(COMPONENT_SCHEMAS.length)}`;
    } else {
      // Data (an example, a default) is copied as it is: a `$ref` in it is not a reference.
      result[key] =
        key === "example" || key === "default" || key === "const" || key === "enum" ? value : fromOpenApi31(value);
    }
  }
  return result;
}

/** Every `format` the document's schemas name. */
function formatsIn(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) formatsIn(item, found);
  else if (isObject(node)) {
    if (typeof node.format === "string") found.add(node.format);
    for (const value of Object.values(node)) formatsIn(value, found);
  }
  return found;
}

export interface ReceivedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string | null;
  body: string;
}

export type ValidationResult = { valid: true } | { valid: false; reason: string };

/** JSON, and the structured-syntax suffix `+json` (`application/problem+json`). */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json$/i.test(mediaType.split(";")[0]!.trim());
}

type AjvInstance = InstanceType<typeof Ajv2020> | InstanceType<typeof AjvDraft04>;

export class SchemaValidator {
  readonly #ajv: AjvInstance;
  readonly #convert: (schema: Json) => Json;
  readonly #operations: OperationMatcher;
  /** Compiled once per schema object: the same response schema is checked by many tests. */
  readonly #compiled = new Map<Json, ValidateFunction>();

  constructor(document: JsonObject) {
    const dialect = dialectOf(document);
    const options: Options = {
      allErrors: true,
      // Real documents carry keywords JSON Schema does not define (discriminator, xml, example).
      strict: false,
      code: { regExp: permissiveRegExp },
      // Errors carry the failing keyword's schema, so the contract mock can repair a generated answer.
      verbose: true,
    };
    this.#ajv = dialect === "openapi-3.1" ? new Ajv2020(options) : new AjvDraft04(options);
    addFormats(this.#ajv as never);
    // A format no validator knows documents intent (`uint64`, `cidr`); it constrains nothing here.
    for (const format of formatsIn(document)) {
      if (!this.#ajv.formats[format]) this.#ajv.addFormat(format, true);
    }
    const components =
      isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
    this.#convert = dialect === "openapi-3.1" ? fromOpenApi31 : fromOpenApi30;
    this.#ajv.addSchema(
      dialect === "openapi-3.1"
        ? { $id: COMPONENTS_ID, $defs: fromOpenApi31(components) as JsonObject }
        : fromOpenApi30({ definitions: components }),
      COMPONENTS_ID,
    );
    this.#operations = operationMatcher(documentedOperations(document));
  }

  /** The documented response a received one answers to, or why there is none. */
  documentedResponse(received: ReceivedResponse): DocumentedResponse | string {
    const responses = this.#documentedResponses(received);
    return typeof responses === "string" ? responses : responses[0]!;
  }

  /**
   * Every documented response a received one may answer to: one, unless path keys are variants of
   * its URL (`/render?format=png`, `/render#svg`), which the request line cannot tell apart.
   */
  #documentedResponses(received: ReceivedResponse): DocumentedResponse[] | string {
    // `/<upload_url>` arrives as `/%3Cupload_url%3E`: match the documented path, not its encoding.
    const pathname = decodeURI(new URL(received.url).pathname);
    const operations = this.#operations.candidates(received.method, pathname);
    if (operations.length === 0) return `${received.method} ${pathname} is not a documented operation`;
    const reasons: string[] = [];
    const found = operations.flatMap((operation) => {
      const response = this.#responseOf(operation, received);
      if (typeof response === "string") reasons.push(response);
      return typeof response === "string" ? [] : [response];
    });
    return found.length ? found : reasons.join("; ");
  }

  #responseOf(operation: DocumentedOperation, received: ReceivedResponse): DocumentedResponse | string {
    const status = String(received.status);
    const byStatus = responsesForStatus(operation, received.status);
    if (byStatus.length === 0) return `${operation.key} does not document status ${status}`;
    const mediaType = received.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
    // A response documented without content may still carry a Content-Type header (Prism sends one
    // on an empty 204); its body is what validateResponse checks.
    const response =
      byStatus.find((candidate) => candidate.mediaType.toLowerCase() === mediaType) ??
      (received.body === "" ? byStatus.find((candidate) => candidate.mediaType === "") : undefined);
    if (!response) {
      return `${operation.key} ${status} documents ${byStatus.map((r) => r.mediaType || "no content").join(", ")}, not ${mediaType || "no content"}`;
    }
    return response;
  }

  /** Validates `value` against `schema`, a schema object of this document (it may `$ref` components). */
  validate(schema: Json, value: unknown): ValidationResult {
    const errors = this.errors(schema, value);
    return errors.length === 0 ? { valid: true } : { valid: false, reason: describeErrors(errors) };
  }

  /** Every way `value` breaks `schema`, as ajv reports it (instance path, keyword, parameters). */
  errors(schema: Json, value: unknown): ErrorObject[] {
    let validate = this.#compiled.get(schema);
    if (!validate) {
      validate = this.#ajv.compile(this.#convert(schema) as object);
      this.#compiled.set(schema, validate);
    }
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }

  /**
   * Validates a received response against the operation, status and media type it answers to (any
   * one of them, for variants of one URL).
   */
  validateResponse(received: ReceivedResponse): ValidationResult {
    const responses = this.#documentedResponses(received);
    if (typeof responses === "string") return { valid: false, reason: responses };
    const results = responses.map((response) => this.#validateBody(response, received));
    return results.find((result) => result.valid) ?? results[0]!;
  }

  #validateBody(response: DocumentedResponse, received: ReceivedResponse): ValidationResult {
    if (response.mediaType === "") {
      return received.body === ""
        ? { valid: true }
        : { valid: false, reason: "a body where the document declares none" };
    }
    // Only JSON bodies have a JSON Schema to follow; a binary or text body is checked by its media type.
    if (response.schema === undefined || !isJsonMediaType(response.mediaType)) return { valid: true };
    let body: unknown;
    try {
      body = JSON.parse(received.body);
    } catch {
      return { valid: false, reason: `body is not JSON: ${received.body.slice(0, 200)}` };
    }
    return this.validate(response.schema, body);
  }
}

const validators = new Map<JsonObject, SchemaValidator>();

/** One validator per document per process, so its compiled schemas are shared by every test. */
export function validatorFor(document: JsonObject): SchemaValidator {
  let validator = validators.get(document);
  if (!validator) {
    validator = new SchemaValidator(document);
    validators.set(document, validator);
  }
  return validator;
}

function describeErrors(errors: ErrorObject[]): string {
  return errors.map((error) => `${error.instancePath || "(body)"} ${error.message ?? error.keyword}`).join("; ");
}
