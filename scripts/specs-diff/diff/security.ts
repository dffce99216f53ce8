// Security: an operation's requirements (alternatives, ORed) and the document's security schemes.
import { isObject, resolveObject } from "../../pipeline/json-ref.ts";
import { asArray, asObject } from "./json-shape.ts";
import { code } from "./message-text.ts";
import { operationsOf } from "./path-items.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { sameJson } from "./same-json.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;
type Requirement = Map<string, Set<string>>;

/** `security: []` (or none at all) means no authentication: one empty alternative. */
function requirementsOf(security: unknown): Requirement[] {
  const list = asArray(security).filter(isObject);
  if (list.length === 0) return [new Map()];
  return list.map(
    (requirement) =>
      new Map(Object.entries(requirement).map(([name, scopes]) => [name, new Set(asArray(scopes).map(String))])),
  );
}

function requirementLabel(requirement: Requirement): string {
  if (requirement.size === 0) return "no authentication";
  return [...requirement]
    .map(([name, scopes]) => `\`${name}\`${scopes.size ? ` (${[...scopes].join(", ")})` : ""}`)
    .join(" + ");
}

/** Whether a caller who satisfies `held` also satisfies `needed`. */
function satisfies(held: Requirement, needed: Requirement): boolean {
  return [...needed].every(
    ([name, scopes]) => held.has(name) && [...scopes].every((scope) => held.get(name)?.has(scope)),
  );
}

/** `scope` is at the operation's `security`; each side is its own or the document's. */
export function compareSecurity(scope: Scope, oldSecurity: unknown, newSecurity: unknown): void {
  const before = requirementsOf(oldSecurity);
  const after = requirementsOf(newSecurity);
  const same = (a: Requirement, b: Requirement) => satisfies(a, b) && satisfies(b, a);
  for (const requirement of before) {
    if (after.some((other) => same(requirement, other))) continue;
    // Security alternatives are ORed: a caller still gets in if a remaining alternative needs no more.
    const stillServed = after.some((other) => satisfies(requirement, other));
    scope.emit("security-requirement-removed", { requirement: requirementLabel(requirement) }, { stillServed });
  }
  for (const requirement of after) {
    if (before.some((other) => same(requirement, other))) continue;
    scope.emit("security-requirement-added", { requirement: requirementLabel(requirement) });
  }
}

/** The schemes an operation of `document` names in its security requirements. */
function usedSchemes(document: Json): Set<string> {
  const used = new Set<string>();
  for (const { operation } of operationsOf(asObject(document.paths)).values()) {
    for (const requirement of requirementsOf(operation.security ?? document.security))
      for (const name of requirement.keys()) used.add(name);
  }
  return used;
}

const schemeKeys = ["type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl"];

/**
 * Every security scheme: a changed header name or scheme type breaks every caller of an operation
 * that uses it (a change in the request); schemes no operation uses are reported too, as the
 * contract they document.
 */
export function compareSecuritySchemes(document: Scope): void {
  const usedBefore = usedSchemes(document.oldDocument);
  const used = new Set([...usedBefore, ...usedSchemes(document.newDocument)]);
  const before = asObject(asObject(document.oldDocument.components).securitySchemes);
  const after = asObject(asObject(document.newDocument.components).securitySchemes);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = resolveObject(document.oldDocument, before[name]);
    const b = resolveObject(document.newDocument, after[name]);
    const scope = document.at("components", "securitySchemes", name).with({ subject: `security scheme \`${name}\`` });
    if (!a || !b) {
      if (b) scope.emit("security-scheme-added", { usage: used.has(name) ? "" : " (no operation uses it)" });
      else scope.emit("security-scheme-removed", {}, { used: usedBefore.has(name) });
      continue;
    }
    for (const key of schemeKeys) {
      const [x, y] = [a[key], b[key]];
      const equal =
        key === "name" && a.in === "header" && typeof x === "string" && typeof y === "string"
          ? x.toLowerCase() === y.toLowerCase()
          : sameJson(x, y);
      if (equal) continue;
      const params = { key: `\`${key}\``, old: code(x ?? "none"), new: code(y ?? "none") };
      const where = scope.at(key).with({ place: used.has(name) ? "request" : "document" });
      where.emit("security-scheme-changed", params, { used: used.has(name) });
    }
    compareRemainingKeys(scope, a, b, new Set(schemeKeys));
  }
}
