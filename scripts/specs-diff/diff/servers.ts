// Servers, of the document, a path or an operation, matched by URL.
import { isObject } from "../../pipeline/json-ref.ts";
import { asArray } from "./json-shape.ts";
import { code } from "./message-text.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/** `scope` is at the `servers` compared. */
export function compareServers(scope: Scope, oldServers: unknown, newServers: unknown): void {
  const before = asArray(oldServers).filter(isObject);
  const after = asArray(newServers).filter(isObject);
  const url = (server: Json) => String(server.url).replace(/\/+$/, "");
  for (const server of before) {
    if (!after.some((other) => url(other) === url(server))) scope.emit("server-removed", { url: code(server.url) });
  }
  for (const server of after) {
    const old = before.find((other) => url(other) === url(server));
    if (!old) {
      scope.emit("server-added", { url: code(server.url) });
      continue;
    }
    const here = scope.at(after.indexOf(server)).with({ subject: `${scope.subject}: server \`${server.url}\`` });
    compareRemainingKeys(here, old, server, new Set(["url"]));
  }
  const [first, next] = [before[0], after[0]];
  if (first && next && url(first) !== url(next) && after.some((server) => url(server) === url(first))) {
    scope.emit("server-default-changed", { old: code(first.url), new: code(next.url) });
  }
}
