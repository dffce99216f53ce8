import { valueSummary } from "./message-text.ts";
import { sameJson } from "./same-json.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/** Keys that document and change no code: compared, and reported as `documentation-changed`. */
const documentationKeys = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
  "$comment",
  "tags",
]);

/**
 * Compares the keys of two objects that the caller does not model itself: documentation keys are
 * `documentation-changed`, anything else `other-changed` (never silently equal).
 */
export function compareRemainingKeys(scope: Scope, oldNode: Json, newNode: Json, handled: ReadonlySet<string>): void {
  const keys = new Set([...Object.keys(oldNode), ...Object.keys(newNode)]);
  for (const key of keys) {
    if (handled.has(key) || sameJson(oldNode[key], newNode[key])) continue;
    const what = oldNode[key] === undefined ? "added" : newNode[key] === undefined ? "removed" : "changed";
    const params = { key: `\`${key}\``, what, old: valueSummary(oldNode[key]), new: valueSummary(newNode[key]) };
    scope.at(key).emit(documentationKeys.has(key) ? "documentation-changed" : "other-changed", params);
  }
}
