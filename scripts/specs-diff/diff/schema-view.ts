// A JSON Schema (OpenAPI 3.0 or 3.1) as the schema rules see it: `$ref`s followed, `allOf`
// merged, `oneOf: [X, null]` read as a nullable X.
import { isObject, resolveObject } from "../../pipeline/json-ref.ts";

type Json = Record<string, unknown>;

export interface SchemaView {
  node: Json;
  /** JSON types without "null"; undefined means any type. */
  types: Set<string> | undefined;
  nullable: boolean;
  /** Allowed values without null; undefined means not enumerated. */
  values: unknown[] | undefined;
  properties: Map<string, unknown>;
  required: Set<string>;
  variants: { keyword: "oneOf" | "anyOf"; list: unknown[] } | undefined;
}

/** `not: {}` accepts no value at all (overlays use it to forbid a property). */
export function acceptsNothing(node: Json): boolean {
  return isObject(node.not) && Object.keys(node.not).length === 0;
}

function typesOf(node: Json): { types: Set<string> | undefined; nullable: boolean } {
  if (acceptsNothing(node)) return { types: new Set(), nullable: false };
  const declared =
    node.type === undefined ? undefined : Array.isArray(node.type) ? (node.type as string[]) : [node.type as string];
  let nullable = node.nullable === true || (declared?.includes("null") ?? false);
  let types = declared ? new Set(declared.filter((type) => type !== "null")) : undefined;
  if (declared && types?.size === 0) types = undefined;
  if (!types && isObject(node.properties)) types = new Set(["object"]);
  if (!types && node.items !== undefined) types = new Set(["array"]);
  if (Array.isArray(node.enum) && node.enum.includes(null)) nullable = true;
  return { types, nullable };
}

function isNullSchema(document: Json, node: unknown): boolean {
  const resolved = resolveObject(document, node);
  return (
    resolved?.type === "null" ||
    (Array.isArray(resolved?.enum) && resolved.enum.length === 1 && resolved.enum[0] === null)
  );
}

/**
 * `allOf` members merge into one schema: properties and `required` are combined, other keys are
 * taken member by member (the parent's own keys last), as a validator would apply them together.
 */
export function flatten(document: Json, raw: unknown, seen: Set<unknown> = new Set()): Json {
  const resolved = resolveObject(document, raw) ?? {};
  // A 3.1 `$ref` may have siblings; they apply on top of the target.
  const node: Json = isObject(raw) && raw.$ref !== undefined ? { ...resolved, ...raw } : resolved;
  delete node.$ref;
  if (!Array.isArray(node.allOf) || seen.has(resolved)) return node;
  seen.add(resolved);
  const { allOf, ...own } = node;
  const merged: Json = {};
  const properties: Json = {};
  const required = new Set<string>();
  for (const part of [...(allOf as unknown[]).map((member) => flatten(document, member, seen)), own]) {
    Object.assign(properties, isObject(part.properties) ? part.properties : {});
    for (const name of Array.isArray(part.required) ? (part.required as string[]) : []) required.add(name);
    Object.assign(merged, part);
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.size) merged.required = [...required];
  return merged;
}

export function view(document: Json, raw: unknown): SchemaView {
  let node = flatten(document, raw);
  let variants: SchemaView["variants"];
  let nullBranch = false;
  const keyword = Array.isArray(node.oneOf) ? "oneOf" : Array.isArray(node.anyOf) ? "anyOf" : undefined;
  if (keyword) {
    const list = node[keyword] as unknown[];
    // `oneOf: [X, {type: "null"}]` is how 3.1 documents write a nullable X: it is X, nullable.
    const nonNull = list.filter((variant) => !isNullSchema(document, variant));
    nullBranch = nonNull.length < list.length;
    if (nullBranch && nonNull.length === 1) {
      const own = { ...node };
      delete own[keyword];
      node = { ...flatten(document, nonNull[0]), ...own };
    } else {
      variants = { keyword, list: nonNull };
    }
  }
  const { types, nullable } = typesOf(node);
  return {
    node,
    types,
    nullable: nullable || nullBranch,
    values: Array.isArray(node.enum)
      ? node.enum.filter((value) => value !== null)
      : "const" in node
        ? [node.const]
        : undefined,
    properties: new Map(Object.entries(isObject(node.properties) ? node.properties : {})),
    required: new Set(Array.isArray(node.required) ? (node.required as string[]) : []),
    variants,
  };
}

/** Whether every value of `inner` types is allowed by `outer` types (integer is a number). */
export function covers(outer: Set<string> | undefined, inner: Set<string> | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  return [...inner].every((type) => outer.has(type) || (type === "integer" && outer.has("number")));
}

export function typeLabel(types: Set<string> | undefined): string {
  if (types?.size === 0) return "no value (forbidden)";
  return types ? [...types].map((type) => `\`${type}\``).join(" | ") : "any type";
}
