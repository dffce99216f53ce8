import { isObject } from "../../pipeline/json-ref.ts";

type Json = Record<string, unknown>;

/** A value the document should hold as an object, or an empty one. */
export function asObject(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** A value the document should hold as an array, or an empty one. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
