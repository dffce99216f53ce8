// What a hover on an operation's `data` may take beyond the budget: TypeScript shows the body's
// schema as its shape, one member a line (a schema written inline has no name to show, and a named
// one is resolved at the top), with the schemas it names inside by name.
// That length follows from the document, so it is derived from it (an upper bound), never listed.
import { isObject, type JsonObject, refOf, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";

/** How a schema the document names shows: `components["schemas"]["Name"]`. */
const namedLength = (ref: string) => ref.length + 20;
/** A scalar member's type as printed (`string | null`, `number`, `Blob`). */
const scalarLength = 20;

/** Characters TypeScript may print for `schema` at `depth` (4 spaces a level), not following `$ref`. */
function shapeLength(schema: unknown, depth: number): number {
  if (!isObject(schema)) return scalarLength;
  const ref = refOf(schema);
  if (ref) return namedLength(ref);
  let length = scalarLength;
  if (Array.isArray(schema.enum))
    length += schema.enum.reduce<number>((sum, value) => sum + JSON.stringify(value).length + 3, 0);
  if (schema.const !== undefined) length += JSON.stringify(schema.const).length;
  if (isObject(schema.properties))
    for (const [name, property] of Object.entries(schema.properties))
      length += 4 * (depth + 1) + name.length + 4 + shapeLength(property, depth + 1);
  if (isObject(schema.additionalProperties))
    length += 4 * (depth + 1) + 20 + shapeLength(schema.additionalProperties, depth + 1);
  if (schema.items !== undefined) length += 2 + shapeLength(schema.items, depth);
  for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) for (const branch of branches) length += 3 + shapeLength(branch, depth);
  }
  return length;
}

/** The inline shapes of an operation's success bodies, as characters a `data` hover may add to its budget. */
export function inlineDataLength(document: JsonObject, operation: JsonObject): number {
  const responses = isObject(operation.responses) ? operation.responses : {};
  let length = 0;
  for (const [status, raw] of Object.entries(responses)) {
    if (!/^2/.test(status)) continue;
    const response = resolveObject(document, raw);
    const content = isObject(response?.content) ? response.content : {};
    // The body's own schema is printed as its shape even where the document names it (TypeScript
    // resolves `components["schemas"]["X"]` there); the names inside it stay names.
    for (const media of Object.values(content))
      if (isObject(media)) length += shapeLength(resolveObject(document, media.schema) ?? media.schema, 0);
  }
  return length;
}
