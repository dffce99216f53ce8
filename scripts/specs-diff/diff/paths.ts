// The operations of some path items (`paths`, a callback, `webhooks`): removed, added, or compared.
import { isObject } from "../../pipeline/json-ref.ts";
import { operationMethods } from "../../repo/operation-methods.ts";
import { compareOperation } from "./operation.ts";
import { type OperationAt, operationsOf, templateOf } from "./path-items.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { sameJson } from "./same-json.ts";
import type { DiffContext, Scope } from "./scope.ts";
import { compareServers } from "./servers.ts";

type Json = Record<string, unknown>;

/**
 * `scope` is at the paths object: its place is `request` for the API's own paths, `callback`
 * inside callbacks and webhooks, where the provider calls us (and request data flows to us).
 */
export function comparePaths(scope: Scope, oldPaths: Json, newPaths: Json): void {
  const before = operationsOf(oldPaths);
  const after = operationsOf(newPaths);
  const topLevel = scope.place === "request";
  const called = topLevel ? "" : " (called by the provider)";
  const operation = ({ method, path }: OperationAt) => `${method.toUpperCase()} ${path}${called}`;
  for (const [key, old] of before) {
    if (after.has(key)) continue;
    scope.at(old.path, old.method).emit("operation-removed", { operation: operation(old) });
  }
  for (const [key, now] of after) {
    const old = before.get(key);
    if (!old) {
      scope.at(now.path, now.method).emit("operation-added", { operation: operation(now) });
      continue;
    }
    if (!sameOperation(scope.context, old, now)) compareOperation(scope, old, now, comparePaths);
  }
  // Path-level documentation, once per path present in both.
  for (const [path, item] of Object.entries(newPaths)) {
    const oldPath = Object.keys(oldPaths).find((candidate) => templateOf(candidate) === templateOf(path));
    if (!oldPath || !isObject(item) || !isObject(oldPaths[oldPath])) continue;
    const oldItem = oldPaths[oldPath] as Json;
    const here = scope.at(path).with({ subject: path });
    if (topLevel) compareServers(here.at("servers"), oldItem.servers, item.servers);
    compareRemainingKeys(here, oldItem, item, new Set([...operationMethods, "parameters", "servers", "$ref"]));
  }
}

/**
 * An operation that is the same JSON in both documents, with the same path-level parameters and
 * every component it reaches unchanged, can hold no change: large documents skip most of theirs.
 * (Document-level security applies to operations without their own, so it must be the same too.)
 */
function sameOperation(context: DiffContext, old: OperationAt, now: OperationAt): boolean {
  return (
    old.path === now.path &&
    sameJson(context.oldDocument.security, context.newDocument.security) &&
    context.unchangedNode(old.pathItem.parameters, now.pathItem.parameters) &&
    context.unchangedNode(old.operation, now.operation)
  );
}
