// A response's headers, by name (HTTP ignores their case).
import { resolveObject } from "../../pipeline/json-ref.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { compareSchemas } from "./schemas.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/** `scope` is at the response's `headers`. */
export function compareHeaders(scope: Scope, before: Json, after: Json): void {
  const lower = (headers: Json) =>
    new Map(Object.entries(headers).map(([name, header]) => [name.toLowerCase(), { name, header }]));
  const [a, b] = [lower(before), lower(after)];
  for (const [key, { name }] of a) {
    if (!b.has(key)) scope.at(name).emit("response-header-removed", { name: `\`${name}\`` });
  }
  for (const [key, { name, header }] of b) {
    const old = a.get(key);
    if (!old) {
      scope.at(name).emit("response-header-added", { name: `\`${name}\`` });
      continue;
    }
    const previous = resolveObject(scope.oldDocument, old.header) ?? {};
    const current = resolveObject(scope.newDocument, header) ?? {};
    const here = scope.at(name).with({ subject: `${scope.subject}: header \`${name}\`` });
    compareSchemas(here.at("schema"), previous.schema ?? {}, current.schema ?? {});
    compareRemainingKeys(here, previous, current, new Set(["schema"]));
  }
}
