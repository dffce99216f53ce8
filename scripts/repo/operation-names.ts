// A name for every operation of a document, for whatever names operations in code or reports
// (test names, tools, helpers): its operationId, else one derived from the method and the path
// (`GET /images/{id}/variations` → `getImagesByIdVariations`, a `?format=png` or `#svg` suffix
// included), so documents without operationIds still get readable names. Names are unique within
// the document (a clash gets `2`, `3`, … in document order) and depend only on the document.
import { listOperations } from "./operation-methods.ts";

const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

/** The name derived from a method and a path key, in camelCase. */
export function derivedOperationName(method: string, path: string): string {
  const parts = path.split("/").flatMap((segment) => {
    const parameter = /^\{(.+)\}$/.exec(segment);
    return parameter ? ["By", ...words(parameter[1]!).map(capitalised)] : words(segment).map(capitalised);
  });
  return `${method.toLowerCase()}${parts.join("")}`;
}

/** `"METHOD path"` → a unique name, for every operation of `document`, in document order. */
export function operationNames(document: { paths?: unknown }): Map<string, string> {
  const paths = (document.paths ?? {}) as Record<string, Record<string, { operationId?: unknown } | null>>;
  const operations = listOperations(document).map(({ method, path }) => {
    const operationId = paths[path]?.[method]?.operationId;
    return {
      key: `${method.toUpperCase()} ${path}`,
      operationId: typeof operationId === "string" ? operationId : undefined,
      method,
      path,
    };
  });
  // Declared operationIds keep their names first; derived names and repeated ids give way.
  const taken = new Set<string>();
  const names = new Map<string, string>();
  const claim = (wanted: string) => {
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
    taken.add(name);
    return name;
  };
  for (const { key, operationId } of operations)
    if (operationId && !taken.has(operationId)) names.set(key, claim(operationId));
  for (const { key, operationId, method, path } of operations)
    if (!names.has(key)) names.set(key, claim(operationId ?? derivedOperationName(method, path)));
  return new Map(operations.map(({ key }) => [key, names.get(key)!]));
}
