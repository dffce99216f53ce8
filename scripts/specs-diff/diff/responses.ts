// An operation's responses, by status: success and error statuses, their headers and content.
import { resolveObject } from "../../pipeline/json-ref.ts";
import { compareHeaders } from "./headers.ts";
import { asObject } from "./json-shape.ts";
import { compareMediaTypes } from "./media-types.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/** `scope` is at the operation's `responses`, with the direction and place of its answers. */
export function compareResponses(scope: Scope, before: Json, after: Json): void {
  const status = (code: string) => ({ params: { status: code }, facts: { success: /^2/.test(code) } });
  for (const code of Object.keys(before)) {
    if (code in after) continue;
    const { params, facts } = status(code);
    scope.at(code).emit("status-removed", params, facts);
  }
  for (const code of Object.keys(after)) {
    if (code in before) continue;
    const { params, facts } = status(code);
    scope.at(code).emit("status-added", params, facts);
  }
  for (const code of Object.keys(after)) {
    if (!(code in before)) continue;
    const a = resolveObject(scope.oldDocument, before[code]) ?? {};
    const b = resolveObject(scope.newDocument, after[code]) ?? {};
    const response = scope.at(code).with({ subject: `${scope.subject}: response ${code}` });
    compareHeaders(response.at("headers"), asObject(a.headers), asObject(b.headers));
    compareMediaTypes(response.at("content"), asObject(a.content), asObject(b.content));
    compareRemainingKeys(response, a, b, new Set(["headers", "content"]));
  }
}
