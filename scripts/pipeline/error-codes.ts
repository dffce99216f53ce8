// Derives each provider's documented error codes from its corrected document, so clients can
// narrow errors by status and code without a hand-kept list.
//
// The code property is the error schemas' `x-image-sdk-error-code` when an overlay names it, else
// derived: the first string property of an error schema named like a code (`code`, `error_code`,
// `errorCode`, `reason`, `error`, `type`). Codes are read from the media `example` and `examples`
// of every 4xx/5xx and `default` response (else from the property's `enum`/`const`). A document
// with no code property types errors by status alone: each documented error status, with no code.

import type { GeneratedFile } from "./generated-file.ts";
import { isObject, type JsonObject, resolveObject } from "./json-ref.ts";

export interface DocumentedErrors {
  /** The error body property that carries the code. */
  property: string;
  /** HTTP status (or `default`) → documented codes. */
  codesByStatus: Record<string, string[]>;
  /** Code → the documented template when the provider's text carries parameters (`:name`). */
  templates: Record<string, string>;
}

const PARAMETER = /:[A-Za-z_]\w*/;
const codeLikeNames = ["code", "error_code", "errorCode", "reason", "error", "type"];
const errorStatus = /^([45]\d\d|[45]XX|default)$/;

/**
 * The code a documented error text stands for: the text itself, or, when it carries parameters,
 * the identifier before the first parameter group (`no_style_with_that_id (:styleId)` →
 * `no_style_with_that_id`); a parameterised sentence with no such identifier stays whole.
 */
export function codeOfTemplate(text: string): string {
  if (!PARAMETER.test(text)) return text;
  return /^([A-Za-z][\w.-]*)\s*\(/.exec(text)?.[1] ?? text;
}

/** A schema's properties, `allOf` branches merged (error envelopes are often composed). */
function propertiesOf(document: JsonObject, schemaOrRef: unknown, depth = 0): JsonObject {
  const schema = resolveObject(document, schemaOrRef);
  if (!schema || depth > 8) return {};
  const merged: JsonObject = {};
  for (const branch of Array.isArray(schema.allOf) ? schema.allOf : []) {
    Object.assign(merged, propertiesOf(document, branch, depth + 1));
  }
  return Object.assign(merged, resolveObject(document, schema.properties) ?? {});
}

const isStringSchema = (schema: JsonObject | undefined) => {
  const type = schema?.type;
  return type === undefined || type === "string" || (Array.isArray(type) && type.includes("string"));
};

/** The code property a schema names (`x-image-sdk-error-code`) or has (a code-like string property). */
function codePropertyOf(document: JsonObject, schemaOrRef: unknown): string | undefined {
  const schema = resolveObject(document, schemaOrRef);
  const named = schema?.["x-image-sdk-error-code"];
  if (typeof named === "string") return named;
  const properties = propertiesOf(document, schema);
  return codeLikeNames.find((name) => name in properties && isStringSchema(resolveObject(document, properties[name])));
}

/**
 * Every example body documented for a media type: `example` and `examples`. (Schema-level examples
 * are left out: generators fill them with placeholders such as `{ "message": "message" }`.)
 */
function exampleValues(document: JsonObject, media: JsonObject): unknown[] {
  const values: unknown[] = [];
  if (media.example !== undefined) values.push(media.example);
  for (const example of Object.values(resolveObject(document, media.examples) ?? {})) {
    values.push(resolveObject(document, example)?.value);
  }
  return values;
}

/** Codes listed by the code property's own schema (`enum`, `const`). */
function schemaCodes(document: JsonObject, schemaOrRef: unknown, property: string): unknown[] {
  const schema = resolveObject(document, propertiesOf(document, schemaOrRef)[property]);
  return [...(Array.isArray(schema?.enum) ? schema.enum : []), ...(schema?.const === undefined ? [] : [schema.const])];
}

/** Every error response (4xx/5xx/`default`) of every operation, with its status. */
function errorResponses(document: JsonObject): Array<[status: string, response: JsonObject | undefined]> {
  const responses: Array<[string, JsonObject | undefined]> = [];
  for (const pathItem of Object.values(resolveObject(document, document.paths) ?? {})) {
    for (const operation of Object.values(resolveObject(document, pathItem) ?? {})) {
      const byStatus = isObject(operation) ? resolveObject(document, operation.responses) : undefined;
      for (const [status, responseOrRef] of Object.entries(byStatus ?? {}))
        if (errorStatus.test(status)) responses.push([status, resolveObject(document, responseOrRef)]);
    }
  }
  return responses;
}

/** The HTTP error statuses (`422`, not `4XX` or `default`) the document's operations answer, in order. */
export function documentedErrorStatuses(openapi: object): string[] {
  const statuses = errorResponses(openapi as JsonObject).map(([status]) => status);
  return [...new Set(statuses.filter((status) => /^\d+$/.test(status)))].sort();
}

export function documentedErrors(openapi: object): DocumentedErrors | undefined {
  const document = openapi as JsonObject;
  const media: Array<[status: string, media: JsonObject]> = [];
  for (const [status, response] of errorResponses(document)) {
    const content = resolveObject(document, response?.content) ?? {};
    for (const item of Object.values(content)) if (isObject(item)) media.push([status, item]);
  }
  // The property an overlay names wins over a derived one, wherever it is.
  const named = media
    .map(([, item]) => resolveObject(document, item.schema)?.["x-image-sdk-error-code"])
    .find((value) => typeof value === "string") as string | undefined;
  const property = named ?? media.map(([, item]) => codePropertyOf(document, item.schema)).find(Boolean);
  if (!property) return undefined;

  const codesByStatus: Record<string, Set<string>> = {};
  const templates: Record<string, string> = {};
  const add = (status: string, texts: unknown[]) => {
    for (const text of texts) {
      if (typeof text !== "string") continue;
      const code = codeOfTemplate(text);
      (codesByStatus[status] ??= new Set()).add(code);
      if (PARAMETER.test(text)) templates[code] = text;
    }
  };
  const relevant = media.filter(([, item]) => named || codePropertyOf(document, item.schema) === property);
  for (const [status, item] of relevant) {
    add(
      status,
      exampleValues(document, item).map((value) => (isObject(value) ? value[property] : undefined)),
    );
  }
  // A status without examples gets the codes its schema allows (a shared envelope's enum lists
  // every status's codes, so where examples say which apply, they are more precise).
  for (const [status, item] of relevant)
    if (!codesByStatus[status]) add(status, schemaCodes(document, item.schema, property));
  return {
    property,
    codesByStatus: Object.fromEntries(
      Object.entries(codesByStatus)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([status, codes]) => [status, [...codes].sort()]),
    ),
    templates: Object.fromEntries(Object.entries(templates).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/**
 * TypeScript source for src/generated/errors.ts. Without a code property, `statuses` (the
 * documented error statuses) are listed with no code (`never`), so errors still narrow by status.
 */
export function renderErrorsModule(errors: DocumentedErrors | undefined, statuses: readonly string[] = []): string {
  const byStatus = errors?.codesByStatus ?? Object.fromEntries(statuses.map((status) => [status, []]));
  const lines = Object.entries(byStatus).map(
    ([status, codes]) =>
      `  ${/^\d+$/.test(status) ? status : JSON.stringify(status)}: ${codes.length ? codes.map((code) => JSON.stringify(code)).join(" | ") : "never"};`,
  );
  return [
    "// Generated by scripts/pipeline/generate-types.ts from the error responses in openapi.json.",
    "// Do not edit: change the spec (or its overlay) and run `pnpm generate`.",
    "",
    "/** The error body property that carries the provider's error code (undefined: errors have none). */",
    `export const errorCodeProperty: string | undefined = ${errors ? JSON.stringify(errors.property) : "undefined"};`,
    "",
    "/** Documented error texts with parameters, by the code they stand for. */",
    `export const errorTemplates: Readonly<Record<string, string>> = ${JSON.stringify(errors?.templates ?? {}, null, 2)};`,
    "",
    "/** Documented error codes by HTTP status (`default`: statuses documented only by a default response). */",
    lines.length ? `export interface ErrorCodes {\n${lines.join("\n")}\n}` : "export interface ErrorCodes {}",
    "",
  ].join("\n");
}

/** Generated file src/generated/errors.ts. */
export const errorsFile: GeneratedFile = {
  name: "errors.ts",
  render: ({ document }) => renderErrorsModule(documentedErrors(document), documentedErrorStatuses(document)),
};
