// Defects a published document's schemas carry that a JSON Schema validator refuses to compile
// (ajv in strict schema mode) but that change nothing about what the schema accepts: a value listed
// twice in `enum`, a name listed twice in `required`, and a `required` name that `properties` does
// not define while `additionalProperties: false` forbids it. The contract harness tolerates them
// (it normalises a schema before compiling it); the scaffold reports each as a review item.
import { isObject, type Json, pointer } from "../pipeline/json-ref.ts";
import { roleOf, type ValueRole } from "./data-values.ts";

export type SchemaDefectKind = "duplicate-enum" | "duplicate-required" | "required-not-in-properties";

export interface SchemaDefect {
  kind: SchemaDefectKind;
  /** JSON pointer of the schema that carries the defect, e.g. `#/components/schemas/ImageSize`. */
  pointer: string;
  /** What is wrong, naming the values concerned. */
  message: string;
}

function duplicates(values: Json[]): Json[] {
  const seen = new Set<string>();
  const repeated: Json[] = [];
  for (const value of values) {
    const key = JSON.stringify(value);
    if (seen.has(key)) repeated.push(value);
    seen.add(key);
  }
  return repeated;
}

function defectsOf(node: Json, at: string, found: SchemaDefect[], role: ValueRole = "keywords", ownKey?: string): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      defectsOf(item, pointer(at, index), found);
    });
    return;
  }
  if (!isObject(node)) return;
  if (Array.isArray(node.enum)) {
    const repeated = duplicates(node.enum);
    if (repeated.length) {
      found.push({
        kind: "duplicate-enum",
        pointer: at,
        message: `enum lists ${repeated.map((value) => JSON.stringify(value)).join(", ")} more than once`,
      });
    }
  }
  if (Array.isArray(node.required)) {
    const repeated = duplicates(node.required);
    if (repeated.length) {
      found.push({
        kind: "duplicate-required",
        pointer: at,
        message: `required lists ${repeated.map((value) => JSON.stringify(value)).join(", ")} more than once`,
      });
    }
    if (node.additionalProperties === false && isObject(node.properties)) {
      const properties = node.properties;
      const missing = node.required.filter((name) => typeof name === "string" && !(name in properties));
      if (missing.length) {
        found.push({
          kind: "required-not-in-properties",
          pointer: at,
          message: `required names ${missing.map((name) => JSON.stringify(name)).join(", ")}, which properties does not define (and additionalProperties is false)`,
        });
      }
    }
  }
  // Examples, defaults and extensions are data, never a schema to inspect; under `properties`
  // every key is a property's name (one may be called `example`), its value a schema.
  for (const [key, value] of Object.entries(node)) {
    const inner = roleOf(key, value, role, ownKey);
    if (inner !== "data") defectsOf(value, pointer(at, key), found, inner, key);
  }
}

/** Every schema defect of `document` the contract harness tolerates, in document order. */
export function findSchemaDefects(document: Json): SchemaDefect[] {
  const found: SchemaDefect[] = [];
  defectsOf(document, "#", found);
  return found;
}

/** `values` without repeats, first occurrences kept in order (a deduplicated `enum` or `required`). */
export function withoutDuplicates<T extends Json>(values: T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
