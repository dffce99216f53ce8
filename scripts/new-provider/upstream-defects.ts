// Upstream defects found statically in a new provider's bundled document: a schema whose `enum`
// repeats a value, a `required` property its `properties` do not define, a named response example
// that breaks its own schema. None stops the scaffold: each is a printed review item, and an
// example no contract test can pass becomes an allowlist entry whose reason is the finding (an
// entry that names nothing the document documents fails, as every allowlist entry does).
import { isObject, type Json, type JsonObject, pointer, resolveObject } from "../pipeline/json-ref.ts";
import { operationMethods } from "../repo/operation-methods.ts";

export interface UpstreamDefect {
  /** JSON pointer in the bundled document. */
  at: string;
  finding: string;
  /** The coverage item (as the contract report prints it) no test can cover because of it. */
  item?: string;
}

/** Why `value` breaks `schema` (type, enum, const, required, closed properties, items), or undefined. */
function violation(document: JsonObject, schema: unknown, value: Json | undefined, at: string): string | undefined {
  const resolved = resolveObject(document, schema);
  if (!resolved || value === undefined) return undefined;
  const types = Array.isArray(resolved.type) ? resolved.type : typeof resolved.type === "string" ? [resolved.type] : [];
  if (resolved.nullable === true) types.push("null");
  const typeOf = (v: Json) =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
  const actual = typeOf(value);
  if (types.length && !types.includes(actual) && !(actual === "integer" && types.includes("number")))
    return `${at || "the value"} is ${actual}, the schema says ${types.join(" or ")}`;
  if (Array.isArray(resolved.enum) && !resolved.enum.some((option) => JSON.stringify(option) === JSON.stringify(value)))
    return `${at || "the value"} is ${JSON.stringify(value)}, not one of the schema's enum`;
  if (resolved.const !== undefined && JSON.stringify(resolved.const) !== JSON.stringify(value))
    return `${at || "the value"} is ${JSON.stringify(value)}, the schema's const is ${JSON.stringify(resolved.const)}`;
  if (isObject(value)) {
    const properties = resolveObject(document, resolved.properties) ?? {};
    for (const name of Array.isArray(resolved.required) ? resolved.required : [])
      if (typeof name === "string" && !(name in value)) return `${at}/${name} is required by the schema but missing`;
    for (const [name, inner] of Object.entries(value)) {
      if (name in properties) {
        const found = violation(document, properties[name], inner, `${at}/${name}`);
        if (found) return found;
      } else if (resolved.additionalProperties === false)
        return `${at}/${name} is not a property the schema allows (additionalProperties: false)`;
    }
  }
  if (Array.isArray(value) && resolved.items !== undefined)
    for (const [index, item] of value.entries()) {
      const found = violation(document, resolved.items, item, `${at}/${index}`);
      if (found) return found;
    }
  return undefined;
}

/** Schemas anywhere in the document that repeat an enum value or require a property they do not define. */
function schemaDefects(node: unknown, at: string, defects: UpstreamDefect[]): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) schemaDefects(item, pointer(at, index), defects);
    return;
  }
  if (!isObject(node)) return;
  if (Array.isArray(node.enum)) {
    const seen = new Set<string>();
    for (const option of node.enum) {
      const key = JSON.stringify(option);
      if (seen.has(key)) defects.push({ at, finding: `enum repeats ${key}` });
      seen.add(key);
    }
  }
  if (Array.isArray(node.required) && isObject(node.properties))
    for (const name of node.required)
      if (typeof name === "string" && !(name in node.properties))
        defects.push({ at, finding: `requires \`${name}\`, which its properties do not define` });
  for (const [key, value] of Object.entries(node)) {
    // Example values and extensions are data, not schemas.
    if (key === "example" || key === "examples" || key.startsWith("x-")) continue;
    schemaDefects(value, pointer(at, key), defects);
  }
}

/** Named response examples that break their own schema, each with the coverage item it makes uncoverable. */
function exampleDefects(document: JsonObject, defects: UpstreamDefect[]): void {
  for (const [path, rawItem] of Object.entries(resolveObject(document, document.paths) ?? {})) {
    const item = resolveObject(document, rawItem) ?? {};
    for (const method of operationMethods) {
      const operation = resolveObject(document, item[method]);
      if (!operation) continue;
      for (const [status, rawResponse] of Object.entries(resolveObject(document, operation.responses) ?? {})) {
        const content = resolveObject(document, resolveObject(document, rawResponse)?.content) ?? {};
        for (const [mediaType, rawMedia] of Object.entries(content)) {
          const media = resolveObject(document, rawMedia);
          for (const [name, rawExample] of Object.entries(resolveObject(document, media?.examples) ?? {})) {
            const example = resolveObject(document, rawExample);
            const found = violation(document, media?.schema, example?.value, "");
            if (!found) continue;
            defects.push({
              at: pointer("#/paths", path, method, "responses", status, "content", mediaType, "examples", name),
              finding: `example "${name}" breaks its own schema: ${found}`,
              item: `${method.toUpperCase()} ${path} | ${status} | ${mediaType} | example "${name}"`,
            });
          }
        }
      }
    }
  }
}

export function findUpstreamDefects(document: JsonObject): UpstreamDefect[] {
  const defects: UpstreamDefect[] = [];
  schemaDefects(document, "#", defects);
  exampleDefects(document, defects);
  return defects;
}

/** tests/contract/allowlist/<name>.json for the defects that make a coverage item uncoverable; undefined when none do. */
export function renderAllowlist(defects: UpstreamDefect[]): string | undefined {
  const entries = defects.flatMap(({ at, finding, item }) =>
    item ? [{ item, reason: `Upstream defect found by new-provider (${at}): ${finding}` }] : [],
  );
  return entries.length ? `${JSON.stringify(entries, null, 2)}\n` : undefined;
}
