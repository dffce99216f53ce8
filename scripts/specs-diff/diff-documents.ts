// Compares two bundled OpenAPI 3.0/3.1 documents operation by operation. Only what an operation
// reaches counts: a changed component no operation uses changes no client.
import { documentedErrors } from "../pipeline/error-codes.ts";
import { isObject, pointer, resolveObject } from "../pipeline/json-ref.ts";
import { operationMethods } from "../repo/operation-methods.ts";
import type { Change } from "./change.ts";
import {
  applyRules,
  code,
  compareRemainingKeys,
  DiffContext,
  type Direction,
  opposite,
  sameJson,
} from "./diff-context.ts";
import { changeText, compareSchemas } from "./diff-schemas.ts";
import { mediaTypeRelation } from "./media-type-relation.ts";
import type { Place, RuleId } from "./rules.ts";

type Json = Record<string, unknown>;

interface OperationAt {
  path: string;
  method: string;
  pathItem: Json;
  operation: Json;
}

export function diffDocuments(oldDocument: Json, newDocument: Json): Change[] {
  const context = new DiffContext(oldDocument, newDocument);
  compareTopLevel(context);
  comparePathItems(context, asObject(oldDocument.paths), asObject(newDocument.paths), "/paths", "request", true);
  compareWebhooks(context);
  compareSecuritySchemes(context);
  compareErrorCodes(context);
  return applyRules(context.findings);
}

function asObject(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** `/items/{id}` and `/items/{itemId}` are the same operation. */
function templateOf(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

function operationsOf(paths: Json): Map<string, OperationAt> {
  const result = new Map<string, OperationAt>();
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of operationMethods) {
      const operation = pathItem[method];
      if (isObject(operation)) result.set(`${method} ${templateOf(path)}`, { path, method, pathItem, operation });
    }
  }
  return result;
}

/**
 * `requestDirection` is which way request data flows: `request` for the API's own paths,
 * `response` inside callbacks and webhooks, where the provider calls us.
 */
function comparePathItems(
  context: DiffContext,
  oldPaths: Json,
  newPaths: Json,
  base: string,
  requestDirection: Direction,
  topLevel: boolean,
): void {
  const before = operationsOf(oldPaths);
  const after = operationsOf(newPaths);
  const called = topLevel ? "" : " (called by the provider)";
  const place: Place = topLevel ? "request" : "callback";
  const operation = ({ method, path }: OperationAt) => `${method.toUpperCase()} ${path}${called}`;
  for (const [key, old] of before) {
    if (after.has(key)) continue;
    context.report("operation-removed", pointer(base, old.path, old.method), requestDirection, place, {
      operation: operation(old),
    });
  }
  for (const [key, now] of after) {
    const old = before.get(key);
    if (!old) {
      context.report("operation-added", pointer(base, now.path, now.method), requestDirection, place, {
        operation: operation(now),
      });
      continue;
    }
    if (!sameOperation(context, old, now)) compareOperation(context, old, now, base, requestDirection);
  }
  // Path-level documentation, once per path present in both.
  for (const [path, item] of Object.entries(newPaths)) {
    const oldPath = Object.keys(oldPaths).find((candidate) => templateOf(candidate) === templateOf(path));
    if (!oldPath || !isObject(item) || !isObject(oldPaths[oldPath])) continue;
    const oldItem = oldPaths[oldPath] as Json;
    const location = pointer(base, path);
    if (topLevel) compareServers(context, oldItem.servers, item.servers, pointer(location, "servers"), path);
    compareRemainingKeys(
      context,
      oldItem,
      item,
      new Set([...operationMethods, "parameters", "servers", "$ref"]),
      location,
      path,
      requestDirection,
      place,
    );
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

function compareOperation(
  context: DiffContext,
  old: OperationAt,
  now: OperationAt,
  base: string,
  requestDirection: Direction,
): void {
  const location = pointer(base, now.path, now.method);
  const subject = `${now.method.toUpperCase()} ${now.path}`;
  const [a, b] = [old.operation, now.operation];
  const inCallback = requestDirection === "response";
  const place: Place = inCallback ? "callback" : "request";

  if (a.operationId !== b.operationId) {
    const rule =
      a.operationId === undefined
        ? "operation-id-added"
        : inCallback
          ? "callback-operation-id-changed"
          : "operation-id-renamed";
    context.report(rule, pointer(location, "operationId"), requestDirection, place, {
      subject,
      value: code(b.operationId),
      change: changeText(a.operationId, b.operationId),
    });
  }
  if (Boolean(a.deprecated) !== Boolean(b.deprecated)) {
    context.report("deprecation-changed", pointer(location, "deprecated"), requestDirection, place, {
      subject,
      state: b.deprecated ? "deprecated" : "no longer deprecated",
    });
  }
  compareParameters(context, old, now, location, subject, requestDirection, place);
  compareRequestBody(
    context,
    a.requestBody,
    b.requestBody,
    pointer(location, "requestBody"),
    subject,
    requestDirection,
    place,
  );
  compareResponses(
    context,
    asObject(a.responses),
    asObject(b.responses),
    pointer(location, "responses"),
    subject,
    opposite(requestDirection),
    inCallback ? "callback" : "response",
  );
  if (!inCallback) {
    compareSecurity(
      context,
      a.security ?? context.oldDocument.security,
      b.security ?? context.newDocument.security,
      pointer(location, "security"),
      subject,
    );
    compareServers(context, a.servers, b.servers, pointer(location, "servers"), subject);
  }
  compareCallbacks(
    context,
    asObject(a.callbacks),
    asObject(b.callbacks),
    pointer(location, "callbacks"),
    subject,
    requestDirection,
  );
  compareRemainingKeys(
    context,
    a,
    b,
    new Set([
      "operationId",
      "deprecated",
      "parameters",
      "requestBody",
      "responses",
      "security",
      "servers",
      "callbacks",
    ]),
    location,
    subject,
    requestDirection,
    place,
  );
}

// Parameters -----------------------------------------------------------------------------------

/** Path-level and operation-level parameters, by `in` and name (header names ignore case). */
function parametersOf(document: Json, at: OperationAt): Map<string, Json> {
  const result = new Map<string, Json>();
  for (const raw of [...asArray(at.pathItem.parameters), ...asArray(at.operation.parameters)]) {
    const parameter = resolveObject(document, raw);
    if (!parameter || typeof parameter.name !== "string") continue;
    const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
    // A path parameter's name may change with the template; it is still the same position.
    result.set(
      parameter.in === "path"
        ? `path:${pathParameterIndex(at.path, parameter.name)}`
        : `${String(parameter.in)}:${name}`,
      parameter,
    );
  }
  return result;
}

function pathParameterIndex(path: string, name: string): number {
  return [...path.matchAll(/\{([^}]*)\}/g)].findIndex((match) => match[1] === name);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function compareParameters(
  context: DiffContext,
  old: OperationAt,
  now: OperationAt,
  location: string,
  subject: string,
  direction: Direction,
  place: Place,
): void {
  const before = parametersOf(context.oldDocument, old);
  const after = parametersOf(context.newDocument, now);
  for (const [key, parameter] of before) {
    if (after.has(key)) continue;
    context.report(
      "parameter-removed",
      pointer(location, "parameters", String(parameter.in), String(parameter.name)),
      direction,
      place,
      { subject: `${subject}: ${parameter.in} parameter \`${parameter.name}\`` },
    );
  }
  for (const [key, parameter] of after) {
    const where = pointer(location, "parameters", String(parameter.in), String(parameter.name));
    const label = `${subject}: ${parameter.in} parameter \`${parameter.name}\``;
    const report = (rule: RuleId, at: string, params: Record<string, string> = {}) =>
      context.report(rule, at, direction, place, { subject: label, ...params });
    const previous = before.get(key);
    if (!previous) {
      report(parameter.required === true ? "parameter-added-required" : "parameter-added-optional", where);
      continue;
    }
    if (previous.required !== true && parameter.required === true) report("parameter-required", where);
    if (previous.required === true && parameter.required !== true) report("parameter-optional", where);
    if (previous.name !== parameter.name)
      report("parameter-renamed", pointer(where, "name"), { old: code(previous.name) });
    for (const key of ["style", "explode", "allowReserved", "allowEmptyValue"]) {
      if (sameJson(previous[key], parameter[key])) continue;
      report("parameter-style-changed", pointer(where, key), {
        key: `\`${key}\``,
        old: code(previous[key] ?? "default"),
        new: code(parameter[key] ?? "default"),
      });
    }
    if (previous.schema !== undefined || parameter.schema !== undefined) {
      compareSchemas(context, previous.schema ?? {}, parameter.schema ?? {}, {
        direction,
        part: "request",
        place,
        location: pointer(where, "schema"),
        subject: label,
        field: "",
      });
    }
    if (previous.content !== undefined || parameter.content !== undefined) {
      compareContent(
        context,
        asObject(previous.content),
        asObject(parameter.content),
        pointer(where, "content"),
        label,
        direction,
        "request",
        place,
      );
    }
    compareRemainingKeys(
      context,
      previous,
      parameter,
      new Set([
        "name",
        "in",
        "required",
        "style",
        "explode",
        "allowReserved",
        "allowEmptyValue",
        "schema",
        "content",
        "deprecated",
      ]),
      where,
      label,
      direction,
      place,
    );
    if (Boolean(previous.deprecated) !== Boolean(parameter.deprecated)) {
      report("deprecation-changed", pointer(where, "deprecated"), {
        state: parameter.deprecated ? "deprecated" : "no longer deprecated",
      });
    }
  }
}

// Bodies -----------------------------------------------------------------------------------------

function compareRequestBody(
  context: DiffContext,
  oldRaw: unknown,
  newRaw: unknown,
  location: string,
  subject: string,
  direction: Direction,
  place: Place,
): void {
  const before = resolveObject(context.oldDocument, oldRaw);
  const after = resolveObject(context.newDocument, newRaw);
  const label = `${subject}: request body`;
  const report = (rule: RuleId) => context.report(rule, location, direction, place, { subject: label });
  if (!before && !after) return;
  if (!after) {
    report("request-body-removed");
    return;
  }
  if (!before) {
    report(after.required === true ? "request-body-added-required" : "request-body-added-optional");
    return;
  }
  if (before.required !== true && after.required === true) report("request-body-required");
  if (before.required === true && after.required !== true) report("request-body-optional");
  compareContent(
    context,
    asObject(before.content),
    asObject(after.content),
    pointer(location, "content"),
    label,
    direction,
    "request",
    place,
  );
  compareRemainingKeys(context, before, after, new Set(["required", "content"]), location, label, direction, place);
}

/**
 * Media types: a removed one breaks whoever used it, a new one breaks nobody; one removed and one
 * added that names the same body more broadly or more narrowly (`application/problem+json` →
 * `application/json`) is that one media type, generalized or specialized, and its schemas compare.
 */
function compareContent(
  context: DiffContext,
  before: Json,
  after: Json,
  location: string,
  label: string,
  direction: Direction,
  side: "request" | "response",
  place: Place,
): void {
  const removed = Object.keys(before).filter((type) => !(type in after));
  const added = Object.keys(after).filter((type) => !(type in before));
  const pairs: Array<[string, string]> = Object.keys(after)
    .filter((type) => type in before)
    .map((type) => [type, type]);
  if (removed.length === 1 && added.length === 1) {
    const [oldType, newType] = [removed[0] as string, added[0] as string];
    const relation = mediaTypeRelation(oldType, newType);
    if (relation !== "unrelated") {
      context.report(`${side}-media-type-${relation}`, pointer(location, newType), direction, place, {
        subject: label,
        old: `\`${oldType}\``,
        new: `\`${newType}\``,
      });
      pairs.push([oldType, newType]);
      removed.length = 0;
      added.length = 0;
    }
  }
  for (const type of removed) {
    context.report(`${side}-media-type-removed`, pointer(location, type), direction, place, {
      subject: label,
      type: `\`${type}\``,
    });
  }
  for (const type of added) {
    context.report(`${side}-media-type-added`, pointer(location, type), direction, place, {
      subject: label,
      type: `\`${type}\``,
    });
  }
  for (const [oldType, type] of pairs) {
    const where = pointer(location, type);
    const subject = `${label} (${type})`;
    const [a, b] = [asObject(before[oldType]), asObject(after[type])];
    if (a.schema !== undefined || b.schema !== undefined) {
      compareSchemas(context, a.schema ?? {}, b.schema ?? {}, {
        direction,
        part: side,
        place,
        location: pointer(where, "schema"),
        subject,
        field: "",
      });
    }
    compareRemainingKeys(context, a, b, new Set(["schema"]), where, subject, direction, place);
  }
}

// Responses --------------------------------------------------------------------------------------

function compareResponses(
  context: DiffContext,
  before: Json,
  after: Json,
  location: string,
  subject: string,
  direction: Direction,
  place: Place,
): void {
  const isSuccess = (status: string) => /^2/.test(status);
  const report = (status: string, event: "added" | "removed") =>
    context.report(
      `${isSuccess(status) ? "success" : "error"}-status-${event}`,
      pointer(location, status),
      direction,
      place,
      {
        subject,
        status,
      },
    );
  for (const status of Object.keys(before)) if (!(status in after)) report(status, "removed");
  for (const status of Object.keys(after)) if (!(status in before)) report(status, "added");
  for (const status of Object.keys(after)) {
    if (!(status in before)) continue;
    const a = resolveObject(context.oldDocument, before[status]) ?? {};
    const b = resolveObject(context.newDocument, after[status]) ?? {};
    const where = pointer(location, status);
    const label = `${subject}: response ${status}`;
    compareHeaders(
      context,
      asObject(a.headers),
      asObject(b.headers),
      pointer(where, "headers"),
      label,
      direction,
      place,
    );
    compareContent(
      context,
      asObject(a.content),
      asObject(b.content),
      pointer(where, "content"),
      label,
      direction,
      "response",
      place,
    );
    compareRemainingKeys(context, a, b, new Set(["headers", "content"]), where, label, direction, place);
  }
}

function compareHeaders(
  context: DiffContext,
  before: Json,
  after: Json,
  location: string,
  label: string,
  direction: Direction,
  place: Place,
): void {
  const lower = (headers: Json) =>
    new Map(Object.entries(headers).map(([name, header]) => [name.toLowerCase(), { name, header }]));
  const [a, b] = [lower(before), lower(after)];
  for (const [key, { name }] of a) {
    if (!b.has(key))
      context.report("response-header-removed", pointer(location, name), direction, place, {
        subject: label,
        name: `\`${name}\``,
      });
  }
  for (const [key, { name, header }] of b) {
    const old = a.get(key);
    if (!old) {
      context.report("response-header-added", pointer(location, name), direction, place, {
        subject: label,
        name: `\`${name}\``,
      });
      continue;
    }
    const previous = resolveObject(context.oldDocument, old.header) ?? {};
    const current = resolveObject(context.newDocument, header) ?? {};
    const subject = `${label}: header \`${name}\``;
    compareSchemas(context, previous.schema ?? {}, current.schema ?? {}, {
      direction,
      part: "response",
      place,
      location: pointer(location, name, "schema"),
      subject,
      field: "",
    });
    compareRemainingKeys(
      context,
      previous,
      current,
      new Set(["schema"]),
      pointer(location, name),
      subject,
      direction,
      place,
    );
  }
}

// Callbacks and webhooks ------------------------------------------------------------------------

function compareCallbacks(
  context: DiffContext,
  before: Json,
  after: Json,
  location: string,
  subject: string,
  requestDirection: Direction,
): void {
  const report = (event: "added" | "removed", at: string, name: string) =>
    context.report(`callback-${event}`, at, requestDirection, "request", { subject, name });
  for (const name of Object.keys(before)) {
    if (!(name in after)) report("removed", pointer(location, name), `\`${name}\``);
  }
  for (const [name, callback] of Object.entries(after)) {
    if (!(name in before)) {
      report("added", pointer(location, name), `\`${name}\``);
      continue;
    }
    const a = resolveObject(context.oldDocument, before[name]) ?? {};
    const b = resolveObject(context.newDocument, callback) ?? {};
    for (const expression of Object.keys(a)) {
      if (!(expression in b))
        report("removed", pointer(location, name, expression), `\`${name}\` at \`${expression}\``);
    }
    for (const expression of Object.keys(b)) {
      if (!(expression in a)) report("added", pointer(location, name, expression), `\`${name}\` at \`${expression}\``);
    }
    const common = (side: Json, other: Json) =>
      Object.fromEntries(
        Object.entries(side)
          .filter(([expression]) => expression in other)
          .map(([expression, item]) => [
            expression,
            resolveObject(side === a ? context.oldDocument : context.newDocument, item),
          ]),
      );
    // Inside a callback the provider sends the request: the direction of data flips.
    comparePathItems(context, common(a, b), common(b, a), pointer(location, name), opposite(requestDirection), false);
  }
}

function compareWebhooks(context: DiffContext): void {
  const before = asObject(context.oldDocument.webhooks);
  const after = asObject(context.newDocument.webhooks);
  const report = (event: "added" | "removed", name: string) =>
    context.report(`webhook-${event}`, pointer("/webhooks", name), "response", "callback", { name: `\`${name}\`` });
  for (const name of Object.keys(before)) if (!(name in after)) report("removed", name);
  for (const name of Object.keys(after)) if (!(name in before)) report("added", name);
  const common = (side: Json, other: Json, document: Json) =>
    Object.fromEntries(
      Object.entries(side)
        .filter(([name]) => name in other)
        .map(([name, item]) => [name, resolveObject(document, item)]),
    );
  comparePathItems(
    context,
    common(before, after, context.oldDocument),
    common(after, before, context.newDocument),
    "/webhooks",
    "response",
    false,
  );
}

// Security, servers, top level -------------------------------------------------------------------

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

function compareSecurity(
  context: DiffContext,
  oldSecurity: unknown,
  newSecurity: unknown,
  location: string,
  subject: string,
): void {
  const before = requirementsOf(oldSecurity);
  const after = requirementsOf(newSecurity);
  const same = (a: Requirement, b: Requirement) => satisfies(a, b) && satisfies(b, a);
  const report = (rule: RuleId, requirement: Requirement) =>
    context.report(rule, location, "request", "request", { subject, requirement: requirementLabel(requirement) });
  for (const requirement of before) {
    if (after.some((other) => same(requirement, other))) continue;
    // Security alternatives are ORed: a caller still gets in if a remaining alternative needs no more.
    const stillServed = after.some((other) => satisfies(requirement, other));
    report(stillServed ? "security-requirement-removed-still-served" : "security-requirement-removed", requirement);
  }
  for (const requirement of after) {
    if (before.some((other) => same(requirement, other))) continue;
    report("security-requirement-added", requirement);
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

/**
 * Every security scheme: a changed header name or scheme type breaks every caller of an operation
 * that uses it; schemes no operation uses are reported too, as the contract they document.
 */
function compareSecuritySchemes(context: DiffContext): void {
  const usedBefore = usedSchemes(context.oldDocument);
  const used = new Set([...usedBefore, ...usedSchemes(context.newDocument)]);
  const before = asObject(asObject(context.oldDocument.components).securitySchemes);
  const after = asObject(asObject(context.newDocument.components).securitySchemes);
  const keys = ["type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl"];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = resolveObject(context.oldDocument, before[name]);
    const b = resolveObject(context.newDocument, after[name]);
    const location = pointer("/components/securitySchemes", name);
    const subject = `security scheme \`${name}\``;
    const report = (rule: RuleId, params: Record<string, string> = {}) =>
      context.report(rule, location, "request", rule === "security-scheme-changed" ? "request" : "document", {
        subject,
        ...params,
      });
    if (!a || !b) {
      if (b) report("security-scheme-added", { usage: used.has(name) ? "" : " (no operation uses it)" });
      else report(usedBefore.has(name) ? "security-scheme-removed-used" : "security-scheme-removed");
      continue;
    }
    for (const key of keys) {
      const [x, y] = [a[key], b[key]];
      const equal =
        key === "name" && a.in === "header" && typeof x === "string" && typeof y === "string"
          ? x.toLowerCase() === y.toLowerCase()
          : sameJson(x, y);
      if (equal) continue;
      const params = { key: `\`${key}\``, old: code(x ?? "none"), new: code(y ?? "none") };
      context.report(
        used.has(name) ? "security-scheme-changed" : "unused-security-scheme-changed",
        pointer(location, key),
        "request",
        used.has(name) ? "request" : "document",
        { subject, ...params },
      );
    }
    compareRemainingKeys(context, a, b, new Set(keys), location, subject, "request", "document");
  }
}

function compareServers(
  context: DiffContext,
  oldServers: unknown,
  newServers: unknown,
  location: string,
  subject: string,
): void {
  const before = asArray(oldServers).filter(isObject);
  const after = asArray(newServers).filter(isObject);
  const url = (server: Json) => String(server.url).replace(/\/+$/, "");
  const place: Place = location === "/servers" ? "document" : "request";
  const report = (rule: RuleId, params: Record<string, string>) =>
    context.report(rule, location, "request", place, { subject, ...params });
  for (const server of before) {
    if (!after.some((other) => url(other) === url(server))) report("server-removed", { url: code(server.url) });
  }
  for (const server of after) {
    const old = before.find((other) => url(other) === url(server));
    if (!old) {
      report("server-added", { url: code(server.url) });
      continue;
    }
    compareRemainingKeys(
      context,
      old,
      server,
      new Set(["url"]),
      pointer(location, String(after.indexOf(server))),
      `${subject}: server \`${server.url}\``,
      "request",
      place,
    );
  }
  const [first, next] = [before[0], after[0]];
  if (first && next && url(first) !== url(next) && after.some((server) => url(server) === url(first))) {
    report("server-default-changed", { old: code(first.url), new: code(next.url) });
  }
}

function compareTopLevel(context: DiffContext): void {
  const [a, b] = [context.oldDocument, context.newDocument];
  compareServers(context, a.servers, b.servers, "/servers", "document");
  const info = [asObject(a.info), asObject(b.info)] as const;
  for (const key of new Set([...Object.keys(info[0]), ...Object.keys(info[1])])) {
    if (!sameJson(info[0][key], info[1][key]))
      context.report("documentation-changed", pointer("/info", key), "request", "document", {
        subject: "info",
        key: `\`${key}\``,
        what: "changed",
      });
  }
  compareRemainingKeys(
    context,
    a,
    b,
    new Set(["paths", "webhooks", "components", "servers", "security", "info"]),
    "",
    "document",
    "request",
    "document",
  );
}

/**
 * The error codes this project's generator derives from error examples (`x-image-sdk-error-code`,
 * scripts/pipeline/error-codes.ts): clients narrow errors on them, so they are contract.
 */
function compareErrorCodes(context: DiffContext): void {
  const before = documentedErrors(context.oldDocument)?.codesByStatus ?? {};
  const after = documentedErrors(context.newDocument)?.codesByStatus ?? {};
  for (const status of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[status] ?? [], after[status] ?? []];
    const report = (event: "added" | "removed", errorCode: string) =>
      context.report(
        `error-code-${event}`,
        pointer("/x-image-sdk-error-codes", status, errorCode),
        "request",
        "document",
        {
          code: code(errorCode),
          status,
        },
      );
    for (const errorCode of a.filter((value) => !b.includes(value))) report("removed", errorCode);
    for (const errorCode of b.filter((value) => !a.includes(value))) report("added", errorCode);
  }
}
