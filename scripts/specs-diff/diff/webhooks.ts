// The document's webhooks: operations the provider calls on us, so the request data in them flows
// to the client.
import { asObject } from "./json-shape.ts";
import { commonPathItems } from "./path-items.ts";
import { comparePaths } from "./paths.ts";
import type { Scope } from "./scope.ts";

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
  comparePaths(
    scope,
    commonPathItems(before, after, document.oldDocument),
    commonPathItems(after, before, document.newDocument),
  );
}
