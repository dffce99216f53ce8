import { resolveObject } from "../../pipeline/json-ref.ts";
import { asObject } from "./json-shape.ts";
import { compareMediaTypes } from "./media-types.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import type { Scope } from "./scope.ts";

/** `at` is the operation's `requestBody`. */
export function compareRequestBody(at: Scope, oldRaw: unknown, newRaw: unknown): void {
  const before = resolveObject(at.oldDocument, oldRaw);
  const after = resolveObject(at.newDocument, newRaw);
  const scope = at.with({ subject: `${at.subject}: request body` });
  if (!before && !after) return;
  if (!after) {
    scope.emit("request-body-removed");
    return;
  }
  if (!before) {
    scope.emit("request-body-added", {}, { required: after.required === true });
    return;
  }
  if (before.required !== true && after.required === true) scope.emit("request-body-required");
  if (before.required === true && after.required !== true) scope.emit("request-body-optional");
  compareMediaTypes(scope.at("content"), asObject(before.content), asObject(after.content));
  compareRemainingKeys(scope, before, after, new Set(["required", "content"]));
}
