// Splits a large document into groups of operations, each a smaller document of its own (only its
// paths, and only the components those paths reach), so that each group's mock loads in bounded
// time: Prism dereferences the whole document before it listens, which took over 180 s for a 4 MB,
// 500-operation document on a loaded machine. A small document stays one group, served as it is.
// Path keys that are variants of one URL (`/render?format=png`, `/render#svg`) are told apart by
// the suffix alone, which Prism, routing by URL, never matches: each group's document has the
// suffixes stripped, and variants of one method and URL go to different groups.
import { isObject, type Json, type JsonObject, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { roleOf, type ValueRole } from "@image-sdk/scripts/repo/data-values.ts";
import { operationMethods } from "@image-sdk/scripts/repo/operation-methods.ts";
import { type DocumentedOperation, documentedOperations } from "../openapi/documented-operations.ts";
import { urlPath } from "../openapi/operation-matcher.ts";

/** Operations per group: a few seconds of Prism start each on a busy 2-core machine. */
export const GROUP_MAX_OPERATIONS = 60;

export interface OperationGroup {
  /** `all` for a document served whole; else the first tag of its operations, and a part number when split. */
  name: string;
  operations: DocumentedOperation[];
  /** The group's own document; undefined when the group is the whole document. */
  document: JsonObject | undefined;
}

/** Every internal `$ref` reachable from `roots`, following references into the document. */
export function reachableRefs(document: JsonObject, roots: Json[]): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  // Examples, defaults and extensions are data (data-values.ts): a `$ref` inside is not a reference.
  const visit = (node: Json, role: ValueRole = "keywords", ownKey?: string) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (role === "keywords" && key === "$ref" && typeof value === "string" && value.startsWith("#/")) {
          if (!found.has(value)) {
            found.add(value);
            pending.push(refTarget(document, value));
          }
        } else {
          const inner = roleOf(key, value, role, ownKey);
          if (inner !== "data") visit(value, inner, key);
        }
      }
    }
  };
  while (pending.length) visit(pending.pop()!);
  return found;
}

function refTarget(document: JsonObject, ref: string): Json {
  const [section, kind, name] = ref.slice(2).split("/");
  if (section !== "components" || !kind || !name) return null;
  const components = isObject(document.components) ? document.components : {};
  const ofKind = components[kind];
  return isObject(ofKind) ? (ofKind[decodeURIComponent(name).replace(/~1/g, "/").replace(/~0/g, "~")] ?? null) : null;
}

/** Whether a path key carries a `?query` or `#fragment` suffix (a variant of its URL). */
const isVariant = (path: string) => urlPath(path) !== path;

/**
 * The operation with its path item's parameters moved into it (its own winning on a name clash):
 * variants merged under one URL keep the parameters of their own path item.
 */
function withPathParameters(document: JsonObject, source: JsonObject, operation: Json): Json {
  const own = resolveObject(document, operation);
  if (!own || !Array.isArray(source.parameters)) return operation;
  const keyOf = (parameter: Json) => {
    const resolved = resolveObject(document, parameter);
    return `${String(resolved?.in)} ${String(resolved?.name).toLowerCase()}`;
  };
  const ownParameters = Array.isArray(own.parameters) ? own.parameters : [];
  const overridden = new Set(ownParameters.map(keyOf));
  return {
    ...own,
    parameters: [...source.parameters.filter((parameter) => !overridden.has(keyOf(parameter))), ...ownParameters],
  };
}

function subDocument(document: JsonObject, operations: DocumentedOperation[]): JsonObject {
  const sourcePaths = isObject(document.paths) ? document.paths : {};
  const paths: JsonObject = {};
  // Stripped of their suffixes, path keys may meet: each operation then carries its own path item's parameters.
  const merging = operations.some((operation) => isVariant(operation.path));
  for (const operation of operations) {
    const source = resolveObject(document, sourcePaths[operation.path]);
    if (!source) continue;
    const path = urlPath(operation.path);
    const kept = isObject(paths[path])
      ? (paths[path] as JsonObject)
      : Object.fromEntries(
          Object.entries(source).filter(
            ([key]) => !(operationMethods as readonly string[]).includes(key) && !(merging && key === "parameters"),
          ),
        );
    kept[operation.method] = merging
      ? withPathParameters(document, source, source[operation.method]!)
      : source[operation.method]!;
    paths[path] = kept;
  }
  const refs = reachableRefs(document, [paths]);
  const components: JsonObject = {};
  const sourceComponents = isObject(document.components) ? document.components : {};
  for (const [kind, entries] of Object.entries(sourceComponents)) {
    if (!isObject(entries)) continue;
    // Schemes are named by `security`, not referenced: every one is kept.
    const keep =
      kind === "securitySchemes"
        ? entries
        : Object.fromEntries(
            Object.entries(entries).filter(([name]) =>
              refs.has(`#/components/${kind}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`),
            ),
          );
    if (Object.keys(keep).length) components[kind] = keep;
  }
  const { webhooks: _webhooks, paths: _paths, components: _components, ...rest } = document;
  return { ...rest, paths, ...(Object.keys(components).length ? { components } : {}) };
}

/**
 * `group` as groups Prism can route: itself when no path key of it is a variant; else one group per
 * variant of a method and URL (the first variant of each in the first group, the second in the
 * next…), each with a document whose path keys are URLs.
 */
function routableGroups(document: JsonObject, group: OperationGroup): OperationGroup[] {
  if (!group.operations.some((operation) => isVariant(operation.path))) return [group];
  const layers: DocumentedOperation[][] = [];
  const seen = new Map<string, number>();
  for (const operation of group.operations) {
    // Templates that differ only in their parameters' names are one route to Prism.
    const route = `${operation.method} ${urlPath(operation.path).replace(/\{[^}]*\}/g, "{}")}`;
    const layer = seen.get(route) ?? 0;
    seen.set(route, layer + 1);
    (layers[layer] ??= []).push(operation);
  }
  return layers.map((operations, index) => ({
    name: index === 0 ? group.name : `${group.name} (variants ${index + 1})`,
    operations,
    document: subDocument(document, operations),
  }));
}

/**
 * The document's operations in groups of at most `maxOperations`, by first tag, in document order,
 * each group routable by Prism (variants of one URL in groups of their own).
 */
export function operationGroups(document: JsonObject, maxOperations = GROUP_MAX_OPERATIONS): OperationGroup[] {
  return groupsBySize(document, maxOperations).flatMap((group) => routableGroups(document, group));
}

function groupsBySize(document: JsonObject, maxOperations: number): OperationGroup[] {
  const operations = documentedOperations(document);
  if (operations.length <= maxOperations) return [{ name: "all", operations, document: undefined }];
  const byTag = new Map<string, DocumentedOperation[]>();
  const sourcePaths = isObject(document.paths) ? document.paths : {};
  for (const operation of operations) {
    const raw = isObject(sourcePaths[operation.path])
      ? (sourcePaths[operation.path] as JsonObject)[operation.method]
      : undefined;
    const tags = isObject(raw) && Array.isArray(raw.tags) ? raw.tags : [];
    const tag = typeof tags[0] === "string" ? tags[0] : "untagged";
    byTag.set(tag, [...(byTag.get(tag) ?? []), operation]);
  }
  // Small tags share a group, a large one is split: groups stay near `maxOperations` each.
  const groups: OperationGroup[] = [];
  let current: { tags: string[]; operations: DocumentedOperation[] } = { tags: [], operations: [] };
  const flush = () => {
    if (current.operations.length === 0) return;
    const name =
      current.tags.length > 3
        ? `${current.tags.slice(0, 3).join("+")}+${current.tags.length - 3} more`
        : current.tags.join("+");
    groups.push({ name, operations: current.operations, document: subDocument(document, current.operations) });
    current = { tags: [], operations: [] };
  };
  for (const [tag, tagged] of byTag) {
    for (let start = 0; start < tagged.length; start += maxOperations) {
      const part = tagged.slice(start, start + maxOperations);
      if (current.operations.length + part.length > maxOperations) flush();
      current.tags.push(tagged.length > maxOperations ? `${tag}#${start / maxOperations + 1}` : tag);
      current.operations.push(...part);
    }
  }
  flush();
  return groups;
}
