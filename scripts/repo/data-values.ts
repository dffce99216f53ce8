// Which values of an OpenAPI document are data: an example (`example`, an Example Object's
// `value`, a schema's `examples` array), a `default`, `const` or `enum` value, an `x-` extension.
// By the specification a `$ref` inside data is not a reference (a SCIM schema URN, a code sample's
// file), but Redocly's bundler, openapi-typescript and Prism follow every `$ref` they meet. This is
// the one answer to "is this $ref data" for every walker of the repository, and the escape that
// hides such keys from those tools: in data, `$ref` becomes `~$ref` (and `~$ref` `~~$ref`, so the
// escape is reversible), restored in what ships and in what a mock serves.
import { isObject } from "../pipeline/json-ref.ts";

/**
 * What a value is to a walker: `keywords` (an object of OpenAPI or JSON Schema keywords, where a
 * `$ref` is a reference), `names` (an object whose keys name things: properties, statuses, paths,
 * media types) or `data` (never a reference, whatever it holds).
 */
export type ValueRole = "keywords" | "names" | "data";

/** Keywords whose value is an object of names (or, for `parameters`, a list of keyword objects). */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "responses",
  "parameters",
  "headers",
  "content",
  "encoding",
  "callbacks",
  "links",
  "requestBodies",
  "securitySchemes",
  "pathItems",
  "paths",
  "webhooks",
]);

/** Name maps OpenAPI lets carry `x-` extensions beside the names (a property may be called `x-id`). */
const EXTENSIBLE_NAME_MAPS = new Set(["paths", "responses", "webhooks", "callbacks"]);

/**
 * The role of `value`, found under `key` in an object whose role is `holder` (and which was itself
 * found under `holderKey`). An array's items take the array's role, `names` read as `keywords`.
 */
export function roleOf(key: string, value: unknown, holder: ValueRole, holderKey?: string): ValueRole {
  if (holder === "data") return "data";
  if (holder === "names")
    return key.startsWith("x-") && holderKey !== undefined && EXTENSIBLE_NAME_MAPS.has(holderKey) ? "data" : "keywords";
  if (key.startsWith("x-")) return "data";
  switch (key) {
    case "example":
    case "default":
    case "const":
    case "enum":
    case "value":
      return "data";
    // A schema's `examples` is a list of values; a media type's or a parameter's, a map of Example Objects.
    case "examples":
      return Array.isArray(value) ? "data" : "names";
    default:
      return NAME_MAPS.has(key) ? "names" : "keywords";
  }
}

/** Calls `visit` with every data value of `document` that is an object or array, and its path. */
function forEachData(
  node: unknown,
  role: ValueRole,
  at: string[],
  visit: (value: object, at: string[]) => void,
  ownKey?: string,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      forEachData(item, role === "names" ? "keywords" : role, [...at, String(index)], visit);
    });
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const inner = roleOf(key, value, role, ownKey);
    if (inner !== "data") forEachData(value, inner, [...at, key], visit, key);
    else if (typeof value === "object" && value !== null) visit(value, [...at, key]);
  }
}

const ESCAPED = /^~*\$ref$/;
const RESTORABLE = /^~+\$ref$/;

/** `value` with each key `$ref`, `~$ref`… one `~` longer (`up`) or shorter (`down`), at any depth. */
function renameRefKeys(value: unknown, direction: "up" | "down"): unknown {
  if (Array.isArray(value)) return value.map((item) => renameRefKeys(item, direction));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      direction === "up" && ESCAPED.test(key)
        ? `~${key}`
        : direction === "down" && RESTORABLE.test(key)
          ? key.slice(1)
          : key,
      renameRefKeys(inner, direction),
    ]),
  );
}

function hasRefKey(value: unknown, pattern: RegExp): boolean {
  if (Array.isArray(value)) return value.some((item) => hasRefKey(item, pattern));
  return (
    isObject(value) && Object.entries(value).some(([key, inner]) => pattern.test(key) || hasRefKey(inner, pattern))
  );
}

/** Replaces every data value of a copy of `document` with `change(value)`; the document is left as it is. */
function mapData<T>(document: T, pattern: RegExp, direction: "up" | "down"): T {
  const copy = structuredClone(document);
  forEachData(copy, "keywords", [], (value, at) => {
    if (!hasRefKey(value, pattern)) return;
    const holder = at.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
    (holder as Record<string, unknown>)[at.at(-1)!] = renameRefKeys(value, direction);
  });
  return copy;
}

/** The document's data `$ref` keys escaped (`~$ref`), so the tools see no reference there. */
export function escapeDataRefs<T>(document: T): T {
  return mapData(document, ESCAPED, "up");
}

/** The document as it was before escapeDataRefs. */
export function restoreDataRefs<T>(document: T): T {
  return mapData(document, RESTORABLE, "down");
}

/** A data value (a response body served from an escaped document's example) as the document had it. */
export function restoreRefKeys<T>(value: T): T {
  return hasRefKey(value, RESTORABLE) ? (renameRefKeys(value, "down") as T) : value;
}

/** Whether the document holds a `$ref` key inside data (so the tools need the escaped document). */
export function hasDataRefs(document: unknown): boolean {
  let found = false;
  forEachData(document, "keywords", [], (value) => {
    found ||= hasRefKey(value, ESCAPED);
  });
  return found;
}

/** The paths of the document's data values that hold a `$ref` key, for an escape in the text itself. */
export function dataRefPaths(document: unknown): string[][] {
  const paths: string[][] = [];
  forEachData(document, "keywords", [], (value, at) => {
    if (hasRefKey(value, ESCAPED)) paths.push(at);
  });
  return paths;
}
