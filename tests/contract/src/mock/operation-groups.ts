// Splits a large document into groups of operations, each a smaller document of its own (only its
// paths, and only the components those paths reach), so that each group's mock loads in bounded
// time: Prism dereferences the whole document before it listens, which took over 180 s for a 4 MB,
// 500-operation document on a loaded machine. A small document stays one group, served as it is.
import { isObject, type Json, type JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { operationMethods } from "@image-sdk/scripts/repo/operation-methods.ts";
import { type DocumentedOperation, documentedOperations } from "../openapi/documented-operations.ts";

/** Operations per group: a few seconds of Prism start each on a busy 2-core machine. */
export const GROUP_MAX_OPERATIONS = 60;

export interface OperationGroup {
  /** `all` for a document served whole; else the first tag of its operations, and a part number when split. */
  name: string;
  operations: DocumentedOperation[];
  /** The group's own document; undefined when the group is the whole document. */
  document: JsonObject | undefined;
}

/** Objects whose keys are names (a property, a status such as `default`), never keywords. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "responses",
  "schemas",
  "parameters",
  "headers",
  "content",
  "encoding",
  "callbacks",
  "links",
  "requestBodies",
  "pathItems",
  "paths",
]);

/** Keys whose value is data (an example, a default, an extension): a `$ref` inside is not a reference. */
function isDataKey(key: string, value: Json, parentKey: string | undefined): boolean {
  if (parentKey !== undefined && NAME_MAPS.has(parentKey)) return false;
  return (
    key === "example" ||
    key === "default" ||
    key === "const" ||
    key === "enum" ||
    key === "value" ||
    key.startsWith("x-") ||
    // A schema's `examples` is an array of values; a media type's is a map of Example Objects.
    (key === "examples" && Array.isArray(value))
  );
}

/** Every internal `$ref` reachable from `roots`, following references into the document. */
export function reachableRefs(document: JsonObject, roots: Json[]): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  const visit = (node: Json, parentKey?: string) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) {
          if (!found.has(value)) {
            found.add(value);
            pending.push(refTarget(document, value));
          }
        } else if (!isDataKey(key, value, parentKey)) visit(value, key);
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

function subDocument(document: JsonObject, operations: DocumentedOperation[]): JsonObject {
  const sourcePaths = isObject(document.paths) ? document.paths : {};
  const paths: JsonObject = {};
  for (const operation of operations) {
    const source = sourcePaths[operation.path];
    if (!isObject(source)) continue;
    const kept = isObject(paths[operation.path])
      ? (paths[operation.path] as JsonObject)
      : Object.fromEntries(
          Object.entries(source).filter(([key]) => !(operationMethods as readonly string[]).includes(key)),
        );
    kept[operation.method] = source[operation.method]!;
    paths[operation.path] = kept;
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

/** The document's operations in groups of at most `maxOperations`, by first tag, in document order. */
export function operationGroups(document: JsonObject, maxOperations = GROUP_MAX_OPERATIONS): OperationGroup[] {
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
