// An OpenAPI 3.0/3.1 schema as the JSON Schema an MCP tool declares: `$ref`s inlined (a tool's
// schema stands alone), 3.0's `nullable` and `example` in their JSON Schema form, and the
// OpenAPI-only keywords dropped. A `$ref` cycle is cut with an open schema that names the reference.

type Schema = Record<string, unknown>;

const OPENAPI_ONLY = new Set(["nullable", "example", "discriminator", "xml", "externalDocs"]);

/** The value at a local JSON pointer (`#/components/schemas/X`) of `document`. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, not "${ref}"`);
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((at, key) => {
      const value = (at as Record<string, unknown> | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")];
      if (value === undefined) throw new Error(`the $ref "${ref}" points at nothing`);
      return value;
    }, document);
}

/** `node` with every `$ref` resolved against `document` (objects that are `$ref`s are followed). */
export function dereference(document: unknown, node: unknown): unknown {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current === "object" && typeof (current as Schema).$ref === "string") {
    const ref = (current as Schema).$ref as string;
    if (seen.has(ref)) throw new Error(`the $ref "${ref}" refers to itself`);
    seen.add(ref);
    current = resolvePointer(document, ref);
  }
  return current;
}

/** `schema` as self-contained JSON Schema. */
export function toJsonSchema(document: unknown, schema: unknown, open: readonly string[] = []): Schema {
  if (schema === true || schema === undefined) return {};
  if (schema === false) return { not: {} };
  if (typeof schema !== "object" || schema === null) return {};
  const { $ref } = schema as Schema;
  if (typeof $ref === "string") {
    if (open.includes($ref)) return { description: `(recursive: ${$ref.split("/").pop()})` };
    return toJsonSchema(document, resolvePointer(document, $ref), [...open, $ref]);
  }
  const source = schema as Schema;
  const result: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (OPENAPI_ONLY.has(key)) continue;
    result[key] = convertKeyword(document, key, value, open);
  }
  if (source.example !== undefined && result.examples === undefined) result.examples = [source.example];
  if (source.nullable === true) {
    if (typeof result.type === "string") result.type = [result.type, "null"];
    else if (Array.isArray(result.enum) && !result.enum.includes(null)) result.enum = [...result.enum, null];
  }
  return result;
}

function convertKeyword(document: unknown, key: string, value: unknown, open: readonly string[]): unknown {
  switch (key) {
    case "properties":
    case "patternProperties":
    case "$defs":
    case "definitions":
      return Object.fromEntries(
        Object.entries(value as Schema).map(([name, child]) => [name, toJsonSchema(document, child, open)]),
      );
    case "items":
      return Array.isArray(value)
        ? value.map((child) => toJsonSchema(document, child, open))
        : toJsonSchema(document, value, open);
    case "allOf":
    case "anyOf":
    case "oneOf":
    case "prefixItems":
      return (value as unknown[]).map((child) => toJsonSchema(document, child, open));
    case "additionalProperties":
    case "not":
    case "contains":
    case "propertyNames":
    case "if":
    case "then":
    case "else":
      return typeof value === "boolean" ? value : toJsonSchema(document, value, open);
    default:
      return value;
  }
}
