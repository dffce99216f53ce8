// A schema's allowed values: `enum`/`const`, and `x-extensible-enum`.
import { code } from "./message-text.ts";
import { sameJson } from "./same-json.ts";
import type { Scope } from "./scope.ts";

function valueList(values: unknown[]): string {
  return `value${values.length > 1 ? "s" : ""} ${values.map((value) => code(value)).join(", ")}`;
}

/** Widened values break receivers (an exhaustive switch misses them); narrowed ones break senders. */
export function compareValues(scope: Scope, before: unknown[] | undefined, after: unknown[] | undefined): void {
  if (sameJson(before, after)) return;
  const at = scope.at("enum");
  if (before && !after) at.emit("enum-limit-removed", { values: valueList(before) });
  else if (!before && after) at.emit("enum-limit-added", { values: valueList(after) });
  if (!before || !after) return;
  const added = after.filter((value) => !before.some((old) => sameJson(old, value)));
  const removed = before.filter((value) => !after.some((now) => sameJson(now, value)));
  if (added.length) at.emit("enum-value-added", { values: valueList(added) });
  if (removed.length) at.emit("enum-value-removed", { values: valueList(removed) });
}

/** `x-extensible-enum`: the listed values are what a sender may use; receivers already expect others. */
export function compareExtensibleValues(scope: Scope, oldList: unknown, newList: unknown): void {
  if (sameJson(oldList, newList)) return;
  const [before, after] = [oldList, newList].map((list) => (Array.isArray(list) ? list : undefined));
  const at = scope.at("x-extensible-enum");
  if (!after) {
    at.emit("extensible-enum-removed", { values: valueList(before ?? []) });
    return;
  }
  if (!before) {
    at.emit("extensible-enum-added", { values: valueList(after) });
    return;
  }
  const added = after.filter((value) => !before.some((old) => sameJson(old, value)));
  const removed = before.filter((value) => !after.some((now) => sameJson(now, value)));
  if (added.length) at.emit("extensible-enum-value-added", { values: valueList(added) });
  if (removed.length) at.emit("extensible-enum-value-removed", { values: valueList(removed) });
}
