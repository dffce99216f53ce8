// An operation's callbacks: operations the provider calls on us, so the request data in them
// flows to the client.
import { resolveObject } from "../../pipeline/json-ref.ts";
import { commonPathItems, type PathItemsDiffer } from "./path-items.ts";
import { opposite, type Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/** `operation` is at the operation's `callbacks`; callbacks added or removed are judged in its request. */
export function compareCallbacks(operation: Scope, before: Json, after: Json, comparePaths: PathItemsDiffer): void {
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
    comparePaths(paths, commonPathItems(a, b, scope.oldDocument), commonPathItems(b, a, scope.newDocument));
  }
}
