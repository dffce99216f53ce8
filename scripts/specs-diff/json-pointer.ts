// JSON pointers (RFC 6901) for change locations, and resolution of a document's internal `$ref`s.

type Json = Record<string, unknown>;

export function pointer(base: string, ...tokens: Array<string | number>): string {
  return tokens.reduce<string>((path, token) => `${path}/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`, base);
}

function unescape(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value an internal `#/…` reference points at; undefined when it points at nothing. */
export function valueAt(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const tokens = ref.slice(1).split("/").slice(1);
  return tokens.reduce<unknown>((node, token) => (isObject(node) || Array.isArray(node) ? (node as Json)[unescape(token)] : undefined), document);
}

/**
 * Follows `$ref` chains to the object they name. The documents are bundled first, so every
 * reference is internal; one that is not, or that points at nothing, is a broken document.
 */
export function resolveNode(document: unknown, node: unknown, seen: ReadonlySet<string> = new Set()): Json | undefined {
  if (!isObject(node)) return undefined;
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  if (seen.has(ref)) throw new Error(`\`$ref: ${ref}\` refers to itself`);
  const target = valueAt(document, ref);
  if (target === undefined) throw new Error(`\`$ref: ${ref}\` points at nothing`);
  return resolveNode(document, target, new Set([...seen, ref]));
}

/** The `$ref` a node names, if it is a reference. */
export function refOf(node: unknown): string | undefined {
  return isObject(node) && typeof node.$ref === "string" ? node.$ref : undefined;
}
