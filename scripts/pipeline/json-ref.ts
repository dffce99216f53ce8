// JSON pointers (RFC 6901) and the internal `$ref`s (`#/components/...`) of one bundled OpenAPI
// document. Shared by the pipeline (error codes), specs:diff/specs:check and the contract tests.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `base` extended by `tokens`, each escaped as RFC 6901 says. */
export function pointer(base: string, ...tokens: Array<string | number>): string {
  return tokens.reduce<string>(
    (path, token) => `${path}/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`,
    base,
  );
}

function unescapeToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The value an internal `#/…` reference points at; undefined when it points at nothing. */
export function valueAt(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  return ref
    .slice(1)
    .split("/")
    .slice(1)
    .reduce<unknown>(
      (node, token) =>
        isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[unescapeToken(token)] : undefined,
      document,
    );
}

/**
 * Follows a chain of `$ref`s to the value it names. Documents are bundled first, so every
 * reference is internal; one that is not, that points at nothing, or that loops is a broken
 * document.
 */
function followRefs(document: unknown, value: unknown): unknown {
  const seen = new Set<string>();
  let current = value;
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`\`$ref: ${ref}\` refers to itself`);
    seen.add(ref);
    current = valueAt(document, ref);
    if (current === undefined)
      throw new Error(`\`$ref: ${ref}\` points at nothing (only internal #/… references are followed)`);
  }
  return current;
}

/** The object a node is or refers to; undefined for anything else. */
export function resolveObject(document: unknown, value: unknown): JsonObject | undefined {
  const resolved = followRefs(document, value);
  return isObject(resolved) ? resolved : undefined;
}

/** The `$ref` a node names, if it is a reference. */
export function refOf(node: unknown): string | undefined {
  return isObject(node) && typeof node.$ref === "string" ? node.$ref : undefined;
}
