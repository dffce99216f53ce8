// The overlay action that would align the document with an observed answer, for
// specs/<provider>/overlay.yaml, with the recording as its evidence. Targets are found in the
// shipped openapi.json by following `$ref`s from the response to the schema that owns the field,
// so a correction lands on the shared component (as a hand-written one would), not on one use.
import { isObject, type Json, type JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import type { DocumentedOperation } from "../openapi/documented-operations.ts";
import { responsesForStatus, type Violation } from "./check-exchange.ts";
import type { Recording } from "./recording-file.ts";

export interface OverlayAction {
  target: string;
  description: string;
  update?: Json;
  remove?: true;
}

type Location = string[];

const unescapeToken = (token: string) => token.replace(/~1/g, "/").replace(/~0/g, "~");
const tokensOf = (jsonPointer: string) => jsonPointer.split("/").slice(1).map(unescapeToken);

/**
 * `$.components.schemas.Task.properties['task-id']`: dots where JSONPath allows, quoted brackets
 * elsewhere (`responses['200']` is a key, not an index), `[1]` only for an array's items.
 */
export function jsonPath(document: JsonObject, location: Location): string {
  let node: Json | undefined = document;
  let path = "$";
  for (const token of location) {
    if (Array.isArray(node)) path += `[${token}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(token)) path += `.${token}`;
    else path += `['${token.replace(/'/g, "\\'")}']`;
    node = isObject(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined;
  }
  return path;
}

function nodeAt(document: JsonObject, location: Location): Json | undefined {
  let node: Json | undefined = document;
  for (const token of location)
    node = isObject(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined;
  return node;
}

/** The location itself, or where its `$ref` chain ends. */
function dereferenced(document: JsonObject, location: Location): Location {
  let current = location;
  for (let hops = 0; hops < 32; hops++) {
    const node = nodeAt(document, current);
    if (!isObject(node) || typeof node.$ref !== "string" || !node.$ref.startsWith("#/")) return current;
    current = tokensOf(node.$ref.slice(1));
  }
  return current;
}

/** The schema describing the value at `instancePath` of a body, following properties, items and combiners. */
function schemaLocation(document: JsonObject, schema: Location, instancePath: string): Location {
  let location = dereferenced(document, schema);
  for (const token of tokensOf(instancePath)) {
    const node = nodeAt(document, location);
    if (!isObject(node)) break;
    const next = (candidate: Location) => dereferenced(document, candidate);
    if (isObject(node.properties) && token in node.properties) location = next([...location, "properties", token]);
    else if (/^\d+$/.test(token) && isObject(node.items)) location = next([...location, "items"]);
    else {
      const branch = ["allOf", "oneOf", "anyOf"].flatMap((keyword) =>
        (Array.isArray(node[keyword]) ? (node[keyword] as Json[]) : []).map((_, index) =>
          next([...location, keyword, String(index)]),
        ),
      );
      const owner = branch.find((candidate) => {
        const properties = (nodeAt(document, candidate) as JsonObject | undefined)?.properties;
        return isObject(properties) && token in properties;
      });
      if (!owner) break;
      location = next([...owner, "properties", token]);
    }
  }
  return location;
}

/** A schema for an observed value: its types, as deep as the value goes. */
export function inferSchema(value: Json | undefined): JsonObject {
  if (value === undefined || value === null) return {};
  if (Array.isArray(value)) return { type: "array", items: value.length ? inferSchema(value[0]) : {} };
  if (typeof value === "object") {
    return {
      type: "object",
      properties: Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inferSchema(item)])),
    };
  }
  return { type: Number.isInteger(value) ? "integer" : typeof value };
}

/** The schema whose `required` lists `name`: the object's own, or one of its `allOf`/`anyOf`/`oneOf` branches. */
function requiredOwner(document: JsonObject, location: Location, name: string): Location {
  const lists = (at: Location) => {
    const node = nodeAt(document, at);
    return isObject(node) && Array.isArray(node.required) && node.required.includes(name);
  };
  if (lists(location)) return location;
  const node = nodeAt(document, location);
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const branches = isObject(node) && Array.isArray(node[keyword]) ? (node[keyword] as Json[]) : [];
    for (const index of branches.keys()) {
      const branch = dereferenced(document, [...location, keyword, String(index)]);
      if (lists(branch)) return branch;
    }
  }
  return location;
}

const parentPointer = (jsonPointer: string) => jsonPointer.slice(0, jsonPointer.lastIndexOf("/"));
const lastToken = (jsonPointer: string) => unescapeToken(jsonPointer.slice(jsonPointer.lastIndexOf("/") + 1));

export interface SuggestionInput {
  document: JsonObject;
  operation: DocumentedOperation;
  recording: Recording;
  /** The recording's file, relative to the repository: the evidence the description cites. */
  evidence: string;
  violation: Violation;
}

/** The actions that align the document with the recorded answer; none for what only a person can judge. */
export function suggestOverlay(input: SuggestionInput): OverlayAction[] {
  const { document, operation, recording, violation } = input;
  const { response } = recording;
  const description = `Observed ${recording.recordedAt.slice(0, 10)} (${input.evidence}): ${violation.message}.`;
  const responsesAt = dereferenced(document, ["paths", operation.path, operation.method, "responses"]);
  const body = response.body?.json;
  const mediaType =
    Object.entries(response.headers)
      .find(([name]) => name.toLowerCase() === "content-type")?.[1]
      .split(";")[0]
      ?.trim() ?? "";

  if (violation.kind === "status") {
    const documented: JsonObject = { description: `Observed answer (${input.evidence})` };
    if (response.body)
      documented.content = { [mediaType || "application/octet-stream"]: { schema: inferSchema(body) } };
    return [
      { target: jsonPath(document, responsesAt), description, update: { [String(response.status)]: documented } },
    ];
  }
  const status = responsesForStatus(operation, response.status)[0]?.status ?? String(response.status);
  const responseAt = dereferenced(document, [...responsesAt, status]);
  if (violation.kind === "media-type") {
    const existing = nodeAt(document, [...responseAt, "content"]);
    const schema = isObject(existing) ? Object.values(existing).find(isObject)?.schema : undefined;
    const update = { [mediaType]: { schema: schema ?? inferSchema(body) } };
    return isObject(existing)
      ? [{ target: jsonPath(document, [...responseAt, "content"]), description, update }]
      : [{ target: jsonPath(document, responseAt), description, update: { content: update } }];
  }
  if (violation.kind === "header") {
    const name = lastToken(violation.pointer);
    const headers = nodeAt(document, [...responseAt, "headers"]);
    const key = isObject(headers) ? Object.keys(headers).find((candidate) => candidate.toLowerCase() === name) : name;
    return [
      { target: jsonPath(document, [...responseAt, "headers", key ?? name]), description, update: { required: false } },
    ];
  }
  if (violation.kind !== "body" || !violation.pointer.startsWith("/response/body")) return [];
  const mediaAt = [...responseAt, "content", mediaType, "schema"];
  const field = violation.pointer.slice("/response/body".length);
  if (violation.actual === "(missing)" && violation.expected === "present (required)") {
    const name = lastToken(field);
    const owner = requiredOwner(document, schemaLocation(document, mediaAt, parentPointer(field)), name);
    const required = (nodeAt(document, owner) as JsonObject | undefined)?.required;
    // The last entry goes with its list: draft-04 refuses an empty `required`.
    const target = Array.isArray(required) && required.length === 1 ? "" : `[?(@ == '${name}')]`;
    return [{ target: `${jsonPath(document, [...owner, "required"])}${target}`, description, remove: true }];
  }
  if (typeof violation.expected === "string" && violation.expected.startsWith("(absent")) {
    const owner = schemaLocation(document, mediaAt, parentPointer(field));
    const value = violation.actual;
    return [
      {
        target: jsonPath(document, owner),
        description,
        update: { properties: { [lastToken(field)]: inferSchema(value) } },
      },
    ];
  }
  const at = schemaLocation(document, mediaAt, field);
  if (Array.isArray(violation.expected) && "enum" in ((nodeAt(document, at) as JsonObject | undefined) ?? {})) {
    return [{ target: jsonPath(document, at), description, update: { enum: [violation.actual] } }];
  }
  if (typeof violation.actual === "string" && violation.message.includes(" must be ")) {
    // Widened, not replaced: answers of the documented type must still conform.
    const expected = Array.isArray(violation.expected) ? violation.expected : [violation.expected];
    const types = [...expected, violation.actual];
    const openapi31 = typeof document.openapi === "string" && document.openapi.startsWith("3.1");
    if (!openapi31 && violation.actual === "null") {
      return [{ target: jsonPath(document, at), description, update: { nullable: true } }];
    }
    return [
      { target: jsonPath(document, [...at, "type"]), description, remove: true },
      {
        target: jsonPath(document, at),
        description,
        update: openapi31 ? { type: types } : { anyOf: types.map((type) => ({ type })) },
      },
    ];
  }
  return [];
}
