// Path items, wherever a document holds them (`paths`, a callback, `webhooks`): their operations,
// matched by method and path template.
import { isObject, resolveObject } from "../../pipeline/json-ref.ts";
import { operationMethods } from "../../repo/operation-methods.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

export interface OperationAt {
  path: string;
  method: string;
  pathItem: Json;
  operation: Json;
}

/**
 * Compares two objects of path items. Callbacks hold path items whose operations hold callbacks:
 * the differ is passed down to recurse, so that no module imports the one that imports it.
 */
export type PathItemsDiffer = (scope: Scope, oldPaths: Json, newPaths: Json) => void;

/** `/items/{id}` and `/items/{itemId}` are the same operation. */
export function templateOf(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

/** The operations of some path items, by method and path template. */
export function operationsOf(paths: Json): Map<string, OperationAt> {
  const result = new Map<string, OperationAt>();
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of operationMethods) {
      const operation = pathItem[method];
      if (isObject(operation)) result.set(`${method} ${templateOf(path)}`, { path, method, pathItem, operation });
    }
  }
  return result;
}

/** The path items of `side` also named in `other`, resolved in `document`. */
export function commonPathItems(side: Json, other: Json, document: Json): Json {
  return Object.fromEntries(
    Object.entries(side)
      .filter(([name]) => name in other)
      .map(([name, item]) => [name, resolveObject(document, item)]),
  );
}
