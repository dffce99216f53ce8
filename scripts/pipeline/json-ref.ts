// Follows local `$ref`s (`#/components/...`) inside one bundled OpenAPI document. Shared by the
// pipeline (error codes) and the contract tests (document walking).
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function resolveRef(document: JsonObject, value: Json | undefined): Json | undefined {
  const seen = new Set<string>();
  let current = value;
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported in a bundled document, got ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split("/")
      .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json | undefined>((node, key) => (isObject(node) ? node[key] : undefined), document);
    if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return current;
}

export function resolveObject(document: JsonObject, value: Json | undefined): JsonObject | undefined {
  const resolved = resolveRef(document, value);
  return isObject(resolved) ? resolved : undefined;
}
