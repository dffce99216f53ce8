// Checks one recorded answer against the document, with the contract suite's own validators: the
// status is documented, the media type is the documented one, the body follows its schema, and
// the required response headers are there. Each violation is a JSON pointer into the recording with
// what the document expects and what the API sent; a conforming answer has none, and neither does
// what the recorder itself changed (a cut, a redaction).
import { isObject, type Json, type JsonObject, pointer, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import type { ErrorObject } from "ajv";
import type { DocumentedOperation, DocumentedResponse } from "../openapi/documented-operations.ts";
import { isJsonMediaType, type SchemaValidator } from "../openapi/schema-validator.ts";
import { isTruncationMarker, type RecordedBody, type Recording } from "./recording-file.ts";

export type ViolationKind = "operation" | "status" | "media-type" | "body" | "header";

export interface Violation {
  kind: ViolationKind;
  /** Where in the recording, e.g. `/response/body/data/generated`. */
  pointer: string;
  expected: Json;
  actual: Json;
  message: string;
}

export interface ExchangeContext {
  document: JsonObject;
  operations: DocumentedOperation[];
  validator: SchemaValidator;
}

const mediaTypeOf = (headers: Record<string, string>) =>
  (Object.entries(headers).find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();

/** The documented responses for a status: the exact code, else its range (`2XX`), else `default`. */
export function responsesForStatus(operation: DocumentedOperation, status: number): DocumentedResponse[] {
  const code = String(status);
  const exact = operation.responses.filter((response) => response.status === code);
  if (exact.length) return exact;
  const range = operation.responses.filter((response) => response.status.toUpperCase() === `${code[0]}XX`);
  if (range.length) return range;
  return operation.responses.filter((response) => response.status === "default");
}

function valueAtPointer(value: unknown, path: string): Json {
  const tokens = path
    .split("/")
    .slice(1)
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = value;
  for (const token of tokens) node = (node as Record<string, unknown> | undefined)?.[token];
  return node === undefined ? "(missing)" : (node as Json);
}

const jsonType = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;

function bodyViolation(error: ErrorObject, body: unknown): Violation {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const field = pointer(at, String(params.missingProperty));
      return {
        kind: "body",
        pointer: `/response/body${field}`,
        expected: "present (required)",
        actual: "(missing)",
        message: `required field ${field} is missing`,
      };
    }
    case "additionalProperties": {
      const field = pointer(at, String(params.additionalProperty));
      return {
        kind: "body",
        pointer: `/response/body${field}`,
        expected: "(absent: additionalProperties is false)",
        actual: valueAtPointer(body, field),
        message: `field ${field} is not allowed by the schema`,
      };
    }
    case "type":
      return {
        kind: "body",
        pointer: `/response/body${at}`,
        expected: params.type as Json,
        actual: jsonType(valueAtPointer(body, at)),
        message: `${at || "(body)"} must be ${String(params.type)}, is ${jsonType(valueAtPointer(body, at))}`,
      };
    case "enum":
      return {
        kind: "body",
        pointer: `/response/body${at}`,
        expected: params.allowedValues as Json,
        actual: valueAtPointer(body, at),
        message: `${at || "(body)"} is not one of the documented values`,
      };
    default:
      return {
        kind: "body",
        pointer: `/response/body${at}`,
        expected: `${error.keyword}: ${JSON.stringify(params)}`,
        actual: valueAtPointer(body, at),
        message: `${at || "(body)"} ${error.message ?? error.keyword}`,
      };
  }
}

/**
 * Whether an error is the recorder's doing rather than the API's: it is at a string or array the
 * recording cut, at the marker left for an array's cut items, or at (or inside) a redacted value.
 */
function madeByRecorder(error: ErrorObject, body: RecordedBody): boolean {
  const at = error.instancePath;
  const within = (place: string) => at === place || at.startsWith(`${place}/`);
  const atCut = (place: string) => {
    if (at === place) return true;
    const value = valueAtPointer(body.json, place);
    return Array.isArray(value) && isTruncationMarker(value.at(-1)) && within(pointer(place, value.length - 1));
  };
  return (body.truncated ?? []).some(atCut) || (body.redacted ?? []).some(within);
}

/** The required headers the documented response declares, by lower-cased name. */
function requiredHeaders(document: JsonObject, operation: DocumentedOperation, status: string): string[] {
  const paths = isObject(document.paths) ? document.paths : {};
  const item = resolveObject(document, paths[operation.path]);
  const responses = resolveObject(document, resolveObject(document, item?.[operation.method])?.responses);
  const headers = resolveObject(document, resolveObject(document, responses?.[status])?.headers) ?? {};
  return Object.entries(headers)
    .filter(([, header]) => resolveObject(document, header)?.required === true)
    .map(([name]) => name.toLowerCase());
}

export function checkExchange(context: ExchangeContext, recording: Recording): Violation[] {
  const operation = context.operations.find((candidate) => candidate.key === recording.operation);
  if (!operation) {
    return [
      {
        kind: "operation",
        pointer: "/operation",
        expected: "an operation of the document",
        actual: recording.operation,
        message: `${recording.operation} is not an operation of the document`,
      },
    ];
  }
  const { response } = recording;
  const byStatus = responsesForStatus(operation, response.status);
  if (byStatus.length === 0) {
    const documented = [...new Set(operation.responses.map((candidate) => candidate.status))];
    return [
      {
        kind: "status",
        pointer: "/response/status",
        expected: documented,
        actual: response.status,
        message: `${operation.key} does not document status ${response.status} (documented: ${documented.join(", ")})`,
      },
    ];
  }
  const violations: Violation[] = [];
  const mediaType = mediaTypeOf(response.headers);
  const hasBody = response.body !== undefined;
  const documented =
    byStatus.find((candidate) => candidate.mediaType.toLowerCase() === mediaType) ??
    (hasBody ? undefined : byStatus.find((candidate) => candidate.mediaType === ""));
  if (!documented) {
    const expected = byStatus.map((candidate) => candidate.mediaType || "no content");
    violations.push({
      kind: "media-type",
      pointer: "/response/headers/content-type",
      expected,
      actual: mediaType || "(none)",
      message: `${operation.key} ${response.status} documents ${expected.join(", ")}, not ${mediaType || "no content type"}`,
    });
  } else if (documented.mediaType !== "" && documented.schema !== undefined && isJsonMediaType(documented.mediaType)) {
    if (response.body?.json === undefined) {
      violations.push({
        kind: "body",
        pointer: "/response/body",
        expected: "JSON",
        actual: response.body?.text?.slice(0, 200) ?? "(no body)",
        message: `${operation.key} ${response.status}: the body is not JSON`,
      });
    } else {
      const body = response.body;
      const errors = context.validator.errors(documented.schema, body.json);
      violations.push(
        ...errors.filter((error) => !madeByRecorder(error, body)).map((error) => bodyViolation(error, body.json)),
      );
    }
  }
  const present = new Set(Object.keys(response.headers).map((name) => name.toLowerCase()));
  const status = byStatus[0]!.status;
  for (const name of requiredHeaders(context.document, operation, status)) {
    if (present.has(name)) continue;
    violations.push({
      kind: "header",
      pointer: pointer("/response/headers", name),
      expected: "present (required)",
      actual: "(missing)",
      message: `required response header ${name} is missing`,
    });
  }
  return violations;
}
