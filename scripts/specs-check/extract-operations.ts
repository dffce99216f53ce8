// Restricts a provider's published document to the operations we vendor, the way its docs site
// serves one operation: the top-level fields as published, the operations' path items with only
// those methods, and the components they reach, breadth-first in the order they are reached
// (security schemes last). Values are copied, never edited.
import { isObject } from "../pipeline/json-ref.ts";
import { operationMethods } from "../repo/operation-methods.ts";

type Json = Record<string, unknown>;

const methods = new Set<string>(operationMethods);

/** `post /a/b` → ["post", "/a/b"] */
function parseOperation(operation: string): [string, string] {
  const [method = "", ...path] = operation.trim().split(/\s+/);
  return [method.toLowerCase(), path.join(" ")];
}

/** Operations (`method /path`) listed but absent from the document. */
export function missingOperations(document: Json, operations: readonly string[]): string[] {
  const paths = isObject(document.paths) ? document.paths : {};
  return operations.filter((operation) => {
    const [method, path] = parseOperation(operation);
    return !isObject((paths[path] as Json | undefined)?.[method]);
  });
}

/** Internal component references in a value, in document order. */
function componentRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) componentRefs(item, found);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string" && item.startsWith("#/components/")) {
        found.push(item);
      } else if (key === "mapping" && isObject(item)) {
        // Discriminator mappings name schemas by reference too.
        found.push(
          ...Object.values(item).filter(
            (target): target is string => typeof target === "string" && target.startsWith("#/components/"),
          ),
        );
      } else {
        componentRefs(item, found);
      }
    }
  }
  return found;
}

/** Security scheme names a value's `security` requirements use, in document order. */
function securitySchemeNames(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) securitySchemeNames(item, found);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "security" && Array.isArray(item)) {
        for (const requirement of item.filter(isObject)) found.push(...Object.keys(requirement));
      } else {
        securitySchemeNames(item, found);
      }
    }
  }
  return found;
}

export function extractOperations(document: Json, operations: readonly string[]): Json {
  const wanted = new Map<string, Set<string>>();
  for (const operation of operations) {
    const [method, path] = parseOperation(operation);
    wanted.set(path, (wanted.get(path) ?? new Set()).add(method));
  }
  const sourcePaths = isObject(document.paths) ? document.paths : {};
  const paths: Json = {};
  for (const [path, item] of Object.entries(sourcePaths)) {
    const keep = wanted.get(path);
    if (!keep || !isObject(item)) continue;
    const kept = Object.fromEntries(Object.entries(item).filter(([key]) => !methods.has(key) || keep.has(key)));
    if (Object.keys(kept).some((key) => methods.has(key))) paths[path] = kept;
  }

  const components = isObject(document.components) ? document.components : {};
  const reached = new Map<string, Map<string, unknown>>();
  const queue = componentRefs(paths);
  const seen = new Set<string>();
  while (queue.length) {
    const ref = queue.shift() as string;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [type, name, ...rest] = ref
      .slice("#/components/".length)
      .split("/")
      .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (!type || !name || rest.length) continue;
    const value = (components[type] as Json | undefined)?.[name];
    if (value === undefined) continue; // A dangling reference stays dangling; the diff reports it.
    if (!reached.has(type)) reached.set(type, new Map());
    reached.get(type)?.set(name, value);
    queue.push(...componentRefs(value));
  }
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const name of securitySchemeNames({ security: document.security, paths })) {
    if (schemes[name] === undefined) continue;
    if (!reached.has("securitySchemes")) reached.set("securitySchemes", new Map());
    reached.get("securitySchemes")?.set(name, schemes[name]);
  }

  const result: Json = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === "paths") result.paths = paths;
    else if (key === "components") {
      if (reached.size)
        result.components = Object.fromEntries(
          [...reached].map(([type, entries]) => [type, Object.fromEntries(entries)]),
        );
    } else if (key !== "webhooks") result[key] = value;
  }
  if (!("components" in result) && reached.size)
    result.components = Object.fromEntries([...reached].map(([type, entries]) => [type, Object.fromEntries(entries)]));
  return result;
}
