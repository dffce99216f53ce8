// Validates bodies against the schemas one OpenAPI document declares: every response the suite
// receives (openapi-fetch trusts whatever the server sends), and example payloads. Real documents
// are accepted as they are: OpenAPI 3.0 (schemas converted to JSON Schema draft-04) and 3.1 (JSON
// Schema 2020-12 already), formats no validator knows (`uint64`, `cidr`) and patterns written for
// non-unicode regular expressions.

import { isObject, type Json, type JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { openapiSchemaToJsonSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import type { ErrorObject, Options, ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { type DocumentedOperation, type DocumentedResponse, documentedOperations } from "./documented-operations.ts";
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

/** Vendor extensions (`x-…`) are OpenAPI annotations, not JSON Schema keywords. */
function withoutExtensions(node: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith("x-")));
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
    afterTransform: (node) => withoutExtensions(node as JsonObject) as never,
  }) as JsonObject;
  delete converted.$schema;
  return converted;
}

/** OpenAPI 3.1 schemas are JSON Schema 2020-12: only the component `$ref`s need a new home. */
function fromOpenApi31(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(fromOpenApi31);
  if (!isObject(schema)) return schema;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_SCHEMAS)) {
      result.$ref = `${COMPONENTS_ID}#/$defs/${value.slice(COMPONENT_SCHEMAS.length)}`;
    } else if (!key.startsWith("x-")) {
      result[key] = fromOpenApi31(value);
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

/** JSON, and the structured-syntax suffix `+json` (`application/problem+json`). */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json$/i.test(mediaType.split(";")[0]!.trim());
}

type AjvInstance = InstanceType<typeof Ajv2020> | InstanceType<typeof AjvDraft04>;

export class SchemaValidator {
  readonly #ajv: AjvInstance;
  readonly #convert: (schema: Json) => Json;
  readonly #operations: Array<DocumentedOperation & { matcher: RegExp }>;
  /** Compiled once per schema object: the same response schema is checked by many tests. */
  readonly #compiled = new Map<Json, ValidateFunction>();

  constructor(document: JsonObject) {
    const dialect = dialectOf(document);
    const options: Options = {
      allErrors: true,
      // Real documents carry keywords JSON Schema does not define (discriminator, xml, example).
      strict: false,
      code: { regExp: permissiveRegExp },
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
    this.#operations = documentedOperations(document).map((operation) => ({
      ...operation,
      matcher: templateMatcher(operation.path),
    }));
  }

  /** The documented response a received one answers to, or why there is none. */
  documentedResponse(received: ReceivedResponse): DocumentedResponse | string {
    // `/<upload_url>` arrives as `/%3Cupload_url%3E`: match the documented path, not its encoding.
    const pathname = decodeURI(new URL(received.url).pathname);
    const method = received.method.toLowerCase();
    const candidates = this.#operations.filter(
      (candidate) => candidate.method === method && candidate.matcher.test(pathname),
    );
    // A literal path (`/v2/apps/propose`) wins over a template that also matches (`/v2/apps/{id}`).
    const operation = candidates.sort((a, b) => a.path.split("{").length - b.path.split("{").length)[0];
    if (!operation) return `${received.method} ${pathname} is not a documented operation`;
    const status = String(received.status);
    const exact = operation.responses.filter((response) => response.status === status);
    const range = operation.responses.filter((response) => response.status.toUpperCase() === `${status[0]}XX`);
    const byStatus = exact.length
      ? exact
      : range.length
        ? range
        : operation.responses.filter((response) => response.status === "default");
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

  /** Validates a received response against the operation, status and media type it answers to. */
  validateResponse(received: ReceivedResponse): ValidationResult {
    const response = this.documentedResponse(received);
    if (typeof response === "string") return { valid: false, reason: response };
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
