// Pipeline step 2, after the overlay: component schema names that read as type names. Vendors
// publish names their own tools made (`schemas_prediction_response`, `postTask_200_response`,
// `…_results_inner`) or camelCase ones (`cost`), and openapi-typescript keys the generated
// `components["schemas"]` by them, so users would read them on every hover. A name that is not
// PascalCase becomes its words, each capitalised, joined; every `$ref` to it (and every
// discriminator mapping) follows. A rename onto a name the document already uses is refused,
// naming both: an overlay action must choose.
import { isObject, type Json, type JsonObject } from "./json-ref.ts";
import { PipelineError } from "./pipeline-error.ts";

const schemasPrefix = "#/components/schemas/";
const isPascalCase = (name: string) => /^[A-Z][A-Za-z0-9]*$/.test(name);

/** `name` as a PascalCase type name: `schemas_file_response` → `SchemasFileResponse`. */
export function pascalSchemaName(name: string): string {
  const joined = name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
  return /^[A-Z]/.test(joined) ? joined : `Schema${joined}`;
}

const unescapeToken = (token: string) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");

/** The schema a `#/components/schemas/<name>[/…]` reference names, and the rest of its pointer. */
function splitSchemaRef(ref: string): { name: string; rest: string } | undefined {
  if (!ref.startsWith(schemasPrefix)) return undefined;
  const tail = ref.slice(schemasPrefix.length);
  const slash = tail.indexOf("/");
  return slash < 0
    ? { name: unescapeToken(tail), rest: "" }
    : { name: unescapeToken(tail.slice(0, slash)), rest: tail.slice(slash) };
}

/** Each `(old → new)` rename of the document's schemas; throws PipelineError on a collision. */
export function schemaRenames(document: JsonObject, source: string): Map<string, string> {
  const schemas =
    isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
  const names = Object.keys(schemas);
  const taken = new Map(names.filter(isPascalCase).map((name) => [name, name]));
  const renames = new Map<string, string>();
  for (const name of names) {
    if (isPascalCase(name)) continue;
    const pascal = pascalSchemaName(name);
    const holder = taken.get(pascal);
    if (holder !== undefined)
      throw new PipelineError(
        `${source}#/components/schemas/${name}`,
        `its type name would be ${pascal}, which the schema \`${holder}\` already has; rename one of them with an overlay action`,
      );
    taken.set(pascal, name);
    renames.set(name, pascal);
  }
  return renames;
}

/**
 * `document` with its schemas renamed as `renames` says and every reference following. An implicit
 * discriminator mapping (the schema's name is the value on the wire) is made explicit first, so the
 * values stay the vendor's.
 */
export function renameSchemas(document: JsonObject, renames: ReadonlyMap<string, string>): JsonObject {
  if (!renames.size) return document;
  const follow = (ref: string) => {
    const split = splitSchemaRef(ref);
    const renamed = split && renames.get(split.name);
    return renamed === undefined ? ref : `${schemasPrefix}${renamed}${split!.rest}`;
  };
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value))
      out[key] = key === "$ref" && typeof item === "string" ? follow(item) : walk(item);
    if (isObject(value.discriminator)) out.discriminator = explicitMapping(value, follow);
    return out;
  };
  const walked = walk(document) as JsonObject;
  const components = walked.components as JsonObject;
  const schemas = components.schemas as JsonObject;
  components.schemas = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [renames.get(name) ?? name, schema]),
  );
  return walked;
}

/** A discriminator whose mapping names, explicitly, each renamed variant by its old name. */
function explicitMapping(schema: JsonObject, follow: (ref: string) => string): JsonObject {
  const discriminator = schema.discriminator as JsonObject;
  const mapping: JsonObject = isObject(discriminator.mapping) ? { ...discriminator.mapping } : {};
  for (const [value, ref] of Object.entries(mapping)) if (typeof ref === "string") mapping[value] = follow(ref);
  const variants = [schema.oneOf, schema.anyOf].flatMap((list) => (Array.isArray(list) ? list : []));
  const mapped = new Set(Object.values(mapping));
  for (const variant of variants) {
    const ref = isObject(variant) && typeof variant.$ref === "string" ? variant.$ref : undefined;
    const split = ref === undefined ? undefined : splitSchemaRef(ref);
    if (!split || split.rest || follow(ref!) === ref || mapped.has(follow(ref!))) continue;
    mapping[split.name] = follow(ref!);
  }
  return Object.keys(mapping).length ? { ...discriminator, mapping } : discriminator;
}
