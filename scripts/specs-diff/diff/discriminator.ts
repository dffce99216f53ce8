// A schema's `discriminator`. The generator gives each branch of a discriminated union its literal
// value: a new discriminator or value narrows what may be sent, a dropped one widens what may be
// received.
import { isObject } from "../../pipeline/json-ref.ts";
import { code } from "./message-text.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { sameJson } from "./same-json.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/** `schema` is the scope of the schema holding the discriminator. */
export function compareDiscriminators(schema: Scope, before: unknown, after: unknown): void {
  if (sameJson(before, after)) return;
  const scope = schema.at("discriminator");
  const [a, b] = [isObject(before) ? before : undefined, isObject(after) ? after : undefined];
  if (!a || !b) {
    const property = code((a ?? b)?.propertyName);
    scope.emit(b ? "discriminator-added" : "discriminator-removed", { property });
    return;
  }
  if (a.propertyName !== b.propertyName) {
    scope.at("propertyName").emit("discriminator-property-changed", {
      old: code(a.propertyName),
      new: code(b.propertyName),
    });
  }
  const [oldMapping, newMapping] = [a, b].map((side) => (isObject(side.mapping) ? side.mapping : {})) as [Json, Json];
  for (const value of new Set([...Object.keys(oldMapping), ...Object.keys(newMapping)])) {
    const [was, now] = [oldMapping[value], newMapping[value]];
    if (was === now) continue;
    const event =
      was === undefined
        ? "discriminator-mapping-added"
        : now === undefined
          ? "discriminator-mapping-removed"
          : "discriminator-mapping-changed";
    scope.at("mapping", value).emit(event, { value: code(value), old: code(was), new: code(now) });
  }
  compareRemainingKeys(scope, a, b, new Set(["propertyName", "mapping"]));
}
