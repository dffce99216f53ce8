// An operation's callbacks and the document's webhooks: operations the provider calls on us, so
// the request data in them flows to the client.
import { resolveObject } from "../../pipeline/json-ref.ts";
import { asObject } from "./json-shape.ts";
import { comparePaths } from "./paths.ts";
import { opposite, type Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/** The path items of `side` also named in `other`, resolved in `document`. */
function common(side: Json, other: Json, document: Json): Json {
  return Object.fromEntries(
    Object.entries(side)
      .filter(([name]) => name in other)
      .map(([name, item]) => [name, resolveObject(document, item)]),
  );
}

/** `operation` is at the operation's `callbacks`; callbacks added or removed are judged in its request. */
export function compareCallbacks(operation: Scope, before: Json, after: Json): void {
  const scope = operation.with({ place: "request" });
  for (const name of Object.keys(before)) {
    if (!(name in after)) scope.at(name).emit("callback-removed", { name: `\`${name}\`` });
  }
  for (const [name, callback] of Object.entries(after)) {
    if (!(name in before)) {
      scope.at(name).emit("callback-added", { name: `\`${name}\`` });
      continue;
    }
    const a = resolveObject(scope.oldDocument, before[name]) ?? {};
    const b = resolveObject(scope.newDocument, callback) ?? {};
    const named = (expression: string) => ({ name: `\`${name}\` at \`${expression}\`` });
    for (const expression of Object.keys(a)) {
      if (!(expression in b)) scope.at(name, expression).emit("callback-removed", named(expression));
    }
    for (const expression of Object.keys(b)) {
      if (!(expression in a)) scope.at(name, expression).emit("callback-added", named(expression));
    }
    // Inside a callback the provider sends the request: the direction of data flips.
    const paths = scope.at(name).with({ direction: opposite(scope.direction), place: "callback", part: "request" });
    comparePaths(paths, common(a, b, scope.oldDocument), common(b, a, scope.newDocument));
  }
}

/** `document` is the document's scope. */
export function compareWebhooks(document: Scope): void {
  const before = asObject(document.oldDocument.webhooks);
  const after = asObject(document.newDocument.webhooks);
  const scope = document.at("webhooks").with({ direction: "response", place: "callback" });
  for (const name of Object.keys(before)) {
    if (!(name in after)) scope.at(name).emit("webhook-removed", { name: `\`${name}\`` });
  }
  for (const name of Object.keys(after)) {
    if (!(name in before)) scope.at(name).emit("webhook-added", { name: `\`${name}\`` });
  }
  comparePaths(scope, common(before, after, document.oldDocument), common(after, before, document.newDocument));
}
