// The `content` of a parameter, a request body or a response: its media types and their schemas.

import { asObject } from "./json-shape.ts";
import { mediaTypeRelation } from "./media-type-relation.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { compareSchemas } from "./schemas.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/**
 * A removed media type breaks whoever used it, a new one breaks nobody; one removed and one added
 * that names the same body more broadly or more narrowly (`application/problem+json` →
 * `application/json`) is that one media type, generalized or specialized, and its schemas compare.
 */
export function compareMediaTypes(scope: Scope, before: Json, after: Json): void {
  const removed = Object.keys(before).filter((type) => !(type in after));
  const added = Object.keys(after).filter((type) => !(type in before));
  const pairs: Array<[string, string]> = Object.keys(after)
    .filter((type) => type in before)
    .map((type) => [type, type]);
  if (removed.length === 1 && added.length === 1) {
    const [oldType, newType] = [removed[0] as string, added[0] as string];
    const relation = mediaTypeRelation(oldType, newType);
    if (relation !== "unrelated") {
      scope.at(newType).emit("media-type-changed", { old: `\`${oldType}\``, new: `\`${newType}\`` }, { relation });
      pairs.push([oldType, newType]);
      removed.length = 0;
      added.length = 0;
    }
  }
  for (const type of removed) scope.at(type).emit("media-type-removed", { type: `\`${type}\`` });
  for (const type of added) scope.at(type).emit("media-type-added", { type: `\`${type}\`` });
  for (const [oldType, type] of pairs) {
    const here = scope.at(type).with({ subject: `${scope.subject} (${type})` });
    const [a, b] = [asObject(before[oldType]), asObject(after[type])];
    if (a.schema !== undefined || b.schema !== undefined)
      compareSchemas(here.at("schema"), a.schema ?? {}, b.schema ?? {});
    compareRemainingKeys(here, a, b, new Set(["schema"]));
  }
}
