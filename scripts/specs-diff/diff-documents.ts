// Compares two bundled OpenAPI 3.0/3.1 documents operation by operation. Only what an operation
// reaches counts: a changed component no operation uses changes no client.
import { documentedErrors } from "../pipeline/error-codes.ts";
import { isObject, pointer, resolveObject } from "../pipeline/json-ref.ts";
import { operationMethods } from "../pipeline/operation-methods.ts";
import type { Change } from "./change.ts";
import { code, compareRemainingKeys, DiffContext, type Direction, opposite, sameJson } from "./diff-context.ts";
import { compareSchemas, presenceBreaks } from "./diff-schemas.ts";

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
  return context.changes;
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
  for (const [key, old] of before) {
    if (after.has(key)) continue;
    context.report(
      "operation-removed",
      pointer(base, old.path, old.method),
      true,
      `${old.method.toUpperCase()} ${old.path}${called} removed`,
    );
  }
  for (const [key, now] of after) {
    const old = before.get(key);
    if (!old) {
      context.report(
        "operation-added",
        pointer(base, now.path, now.method),
        false,
        `${now.method.toUpperCase()} ${now.path}${called} added`,
      );
      continue;
    }
    compareOperation(context, old, now, base, requestDirection);
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
    );
  }
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

  if (a.operationId !== b.operationId) {
    // openapi-typescript names `operations[operationId]`: renaming or dropping it breaks code using the name.
    context.report(
      "operation-id-changed",
      pointer(location, "operationId"),
      !inCallback && a.operationId !== undefined,
      `${subject}: operationId ${a.operationId === undefined ? `${code(b.operationId)} added` : b.operationId === undefined ? `${code(a.operationId)} removed` : `changed from ${code(a.operationId)} to ${code(b.operationId)}`}`,
    );
  }
  if (Boolean(a.deprecated) !== Boolean(b.deprecated)) {
    context.report(
      "deprecation-changed",
      pointer(location, "deprecated"),
      false,
      `${subject}: ${b.deprecated ? "deprecated" : "no longer deprecated"}`,
    );
  }
  compareParameters(context, old, now, location, subject, requestDirection);
  compareRequestBody(
    context,
    a.requestBody,
    b.requestBody,
    pointer(location, "requestBody"),
    subject,
    requestDirection,
  );
  compareResponses(
    context,
    asObject(a.responses),
    asObject(b.responses),
    pointer(location, "responses"),
    subject,
    opposite(requestDirection),
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
): void {
  const before = parametersOf(context.oldDocument, old);
  const after = parametersOf(context.newDocument, now);
  for (const [key, parameter] of before) {
    if (after.has(key)) continue;
    context.report(
      "parameter-removed",
      pointer(location, "parameters", String(parameter.in), String(parameter.name)),
      presenceBreaks(direction, "removed"),
      `${subject}: ${parameter.in} parameter \`${parameter.name}\` removed`,
    );
  }
  for (const [key, parameter] of after) {
    const where = pointer(location, "parameters", String(parameter.in), String(parameter.name));
    const label = `${subject}: ${parameter.in} parameter \`${parameter.name}\``;
    const previous = before.get(key);
    if (!previous) {
      const required = parameter.required === true;
      context.report(
        "parameter-added",
        where,
        presenceBreaks(direction, required ? "added-required" : "added-optional"),
        `${label} added (${required ? "required" : "optional"})`,
      );
      continue;
    }
    if (previous.required !== true && parameter.required === true) {
      context.report(
        "parameter-required",
        where,
        presenceBreaks(direction, "now-required"),
        `${label} is now required`,
      );
    }
    if (previous.required === true && parameter.required !== true) {
      context.report(
        "parameter-optional",
        where,
        presenceBreaks(direction, "now-optional"),
        `${label} is now optional`,
      );
    }
    if (previous.name !== parameter.name) {
      // HTTP ignores a header's case and a path parameter's label, but the generated types key
      // parameters by name, so code passing the old name no longer compiles.
      context.report(
        "parameter-renamed",
        pointer(where, "name"),
        direction === "request",
        `${label}: renamed from \`${previous.name}\``,
      );
    }
    for (const key of ["style", "explode", "allowReserved", "allowEmptyValue"]) {
      if (sameJson(previous[key], parameter[key])) continue;
      context.report(
        "parameter-style-changed",
        pointer(where, key),
        direction === "request",
        `${label}: \`${key}\` changed from ${code(previous[key] ?? "default")} to ${code(parameter[key] ?? "default")}`,
      );
    }
    if (previous.schema !== undefined || parameter.schema !== undefined) {
      compareSchemas(context, previous.schema ?? {}, parameter.schema ?? {}, {
        direction,
        part: "request",
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
    );
    if (Boolean(previous.deprecated) !== Boolean(parameter.deprecated)) {
      context.report(
        "deprecation-changed",
        pointer(where, "deprecated"),
        false,
        `${label}: ${parameter.deprecated ? "deprecated" : "no longer deprecated"}`,
      );
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
): void {
  const before = resolveObject(context.oldDocument, oldRaw);
  const after = resolveObject(context.newDocument, newRaw);
  const label = `${subject}: request body`;
  if (!before && !after) return;
  if (!after) {
    context.report("request-body-removed", location, presenceBreaks(direction, "removed"), `${label} removed`);
    return;
  }
  if (!before) {
    const required = after.required === true;
    context.report(
      "request-body-added",
      location,
      presenceBreaks(direction, required ? "added-required" : "added-optional"),
      `${label} added (${required ? "required" : "optional"})`,
    );
    return;
  }
  if (before.required !== true && after.required === true)
    context.report(
      "request-body-required",
      location,
      presenceBreaks(direction, "now-required"),
      `${label} is now required`,
    );
  if (before.required === true && after.required !== true)
    context.report(
      "request-body-optional",
      location,
      presenceBreaks(direction, "now-optional"),
      `${label} is now optional`,
    );
  compareContent(
    context,
    asObject(before.content),
    asObject(after.content),
    pointer(location, "content"),
    label,
    direction,
    "request",
  );
  compareRemainingKeys(context, before, after, new Set(["required", "content"]), location, label);
}

/** Media types: a removed one breaks whoever used it; a new one breaks nobody. */
function compareContent(
  context: DiffContext,
  before: Json,
  after: Json,
  location: string,
  label: string,
  direction: Direction,
  side: "request" | "response",
): void {
  for (const type of Object.keys(before)) {
    if (!(type in after))
      context.report(
        `${side}-media-type-removed`,
        pointer(location, type),
        true,
        `${label}: media type \`${type}\` removed`,
      );
  }
  for (const [type, media] of Object.entries(after)) {
    const old = before[type];
    if (old === undefined) {
      context.report(
        `${side}-media-type-added`,
        pointer(location, type),
        false,
        `${label}: media type \`${type}\` added`,
      );
      continue;
    }
    const where = pointer(location, type);
    const subject = `${label} (${type})`;
    const [a, b] = [asObject(old), asObject(media)];
    if (a.schema !== undefined || b.schema !== undefined) {
      compareSchemas(context, a.schema ?? {}, b.schema ?? {}, {
        direction,
        part: side,
        location: pointer(where, "schema"),
        subject,
        field: "",
      });
    }
    compareRemainingKeys(context, a, b, new Set(["schema"]), where, subject);
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
): void {
  // Outside callbacks the client receives these; inside, our handler sends them back.
  const receiving = direction === "response";
  const isSuccess = (status: string) => /^2/.test(status);
  for (const status of Object.keys(before)) {
    if (status in after) continue;
    const success = isSuccess(status);
    context.report(
      success ? "success-status-removed" : "error-status-removed",
      pointer(location, status),
      // Received: code handling the status (typed errors narrow on it) no longer compiles.
      // Sent back: the provider no longer accepts a success status our handler may send.
      receiving || success,
      `${subject}: ${success ? "success" : "error"} response ${status} removed`,
    );
  }
  for (const status of Object.keys(after)) {
    if (status in before) continue;
    const success = isSuccess(status);
    context.report(
      success ? "success-status-added" : "error-status-added",
      pointer(location, status),
      // A new success status is a new body shape the client's result type does not cover; new
      // errors are expected of any HTTP call.
      receiving && success,
      `${subject}: ${success ? "success" : "error"} response ${status} added`,
    );
  }
  for (const status of Object.keys(after)) {
    if (!(status in before)) continue;
    const a = resolveObject(context.oldDocument, before[status]) ?? {};
    const b = resolveObject(context.newDocument, after[status]) ?? {};
    const where = pointer(location, status);
    const label = `${subject}: response ${status}`;
    compareHeaders(context, asObject(a.headers), asObject(b.headers), pointer(where, "headers"), label, direction);
    compareContent(
      context,
      asObject(a.content),
      asObject(b.content),
      pointer(where, "content"),
      label,
      direction,
      "response",
    );
    compareRemainingKeys(context, a, b, new Set(["headers", "content"]), where, label);
  }
}

function compareHeaders(
  context: DiffContext,
  before: Json,
  after: Json,
  location: string,
  label: string,
  direction: Direction,
): void {
  const lower = (headers: Json) =>
    new Map(Object.entries(headers).map(([name, header]) => [name.toLowerCase(), { name, header }]));
  const [a, b] = [lower(before), lower(after)];
  for (const [key, { name }] of a) {
    if (!b.has(key))
      context.report(
        "response-header-removed",
        pointer(location, name),
        presenceBreaks(direction, "removed"),
        `${label}: header \`${name}\` removed`,
      );
  }
  for (const [key, { name, header }] of b) {
    const old = a.get(key);
    if (!old) {
      context.report("response-header-added", pointer(location, name), false, `${label}: header \`${name}\` added`);
      continue;
    }
    const previous = resolveObject(context.oldDocument, old.header) ?? {};
    const current = resolveObject(context.newDocument, header) ?? {};
    compareSchemas(context, previous.schema ?? {}, current.schema ?? {}, {
      direction,
      part: "response",
      location: pointer(location, name, "schema"),
      subject: `${label}: header \`${name}\``,
      field: "",
    });
    compareRemainingKeys(
      context,
      previous,
      current,
      new Set(["schema"]),
      pointer(location, name),
      `${label}: header \`${name}\``,
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
  for (const name of Object.keys(before)) {
    if (!(name in after))
      context.report("callback-removed", pointer(location, name), true, `${subject}: callback \`${name}\` removed`);
  }
  for (const [name, callback] of Object.entries(after)) {
    if (!(name in before)) {
      context.report("callback-added", pointer(location, name), false, `${subject}: callback \`${name}\` added`);
      continue;
    }
    const a = resolveObject(context.oldDocument, before[name]) ?? {};
    const b = resolveObject(context.newDocument, callback) ?? {};
    for (const expression of Object.keys(a)) {
      if (!(expression in b))
        context.report(
          "callback-removed",
          pointer(location, name, expression),
          true,
          `${subject}: callback \`${name}\` at \`${expression}\` removed`,
        );
    }
    for (const expression of Object.keys(b)) {
      if (!(expression in a))
        context.report(
          "callback-added",
          pointer(location, name, expression),
          false,
          `${subject}: callback \`${name}\` at \`${expression}\` added`,
        );
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
  for (const name of Object.keys(before)) {
    if (!(name in after))
      context.report("webhook-removed", pointer("/webhooks", name), true, `webhook \`${name}\` removed`);
  }
  for (const name of Object.keys(after)) {
    if (!(name in before))
      context.report("webhook-added", pointer("/webhooks", name), false, `webhook \`${name}\` added`);
  }
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
  for (const requirement of before) {
    if (after.some((other) => same(requirement, other))) continue;
    // Security alternatives are ORed: a caller still gets in if a remaining alternative needs no more.
    const stillServed = after.some((other) => satisfies(requirement, other));
    context.report(
      "security-requirement-removed",
      location,
      !stillServed,
      `${subject}: accepted security ${requirementLabel(requirement)} removed${stillServed ? " (still served by a weaker one)" : ""}`,
    );
  }
  for (const requirement of after) {
    if (before.some((other) => same(requirement, other))) continue;
    context.report(
      "security-requirement-added",
      location,
      false,
      `${subject}: accepted security ${requirementLabel(requirement)} added`,
    );
  }
}

/** The schemes any operation uses: a changed header name or scheme type breaks every caller. */
function compareSecuritySchemes(context: DiffContext): void {
  const used = new Set<string>();
  for (const document of [context.oldDocument, context.newDocument]) {
    for (const { operation } of operationsOf(asObject(document.paths)).values()) {
      for (const requirement of requirementsOf(operation.security ?? document.security))
        for (const name of requirement.keys()) used.add(name);
    }
  }
  const before = asObject(asObject(context.oldDocument.components).securitySchemes);
  const after = asObject(asObject(context.newDocument.components).securitySchemes);
  for (const name of used) {
    const a = resolveObject(context.oldDocument, before[name]);
    const b = resolveObject(context.newDocument, after[name]);
    if (!a || !b) continue;
    const location = pointer("/components/securitySchemes", name);
    const subject = `security scheme \`${name}\``;
    for (const key of ["type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl"]) {
      const [x, y] = [a[key], b[key]];
      const equal =
        key === "name" && a.in === "header" && typeof x === "string" && typeof y === "string"
          ? x.toLowerCase() === y.toLowerCase()
          : sameJson(x, y);
      if (!equal)
        context.report(
          "security-scheme-changed",
          pointer(location, key),
          true,
          `${subject}: \`${key}\` changed from ${code(x ?? "none")} to ${code(y ?? "none")}`,
        );
    }
    compareRemainingKeys(
      context,
      a,
      b,
      new Set(["type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl"]),
      location,
      subject,
    );
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
  for (const server of before) {
    if (!after.some((other) => url(other) === url(server)))
      context.report("server-removed", location, true, `${subject}: server \`${server.url}\` removed`);
  }
  for (const server of after) {
    const old = before.find((other) => url(other) === url(server));
    if (!old) {
      context.report("server-added", location, false, `${subject}: server \`${server.url}\` added`);
      continue;
    }
    compareRemainingKeys(
      context,
      old,
      server,
      new Set(["url"]),
      pointer(location, String(after.indexOf(server))),
      `${subject}: server \`${server.url}\``,
    );
  }
  const [first, next] = [before[0], after[0]];
  // Clients take the first server as the default base URL.
  if (first && next && url(first) !== url(next) && after.some((server) => url(server) === url(first))) {
    context.report(
      "server-default-changed",
      location,
      true,
      `${subject}: default (first) server changed from \`${first.url}\` to \`${next.url}\``,
    );
  }
}

function compareTopLevel(context: DiffContext): void {
  const [a, b] = [context.oldDocument, context.newDocument];
  compareServers(context, a.servers, b.servers, "/servers", "document");
  const info = [asObject(a.info), asObject(b.info)] as const;
  for (const key of new Set([...Object.keys(info[0]), ...Object.keys(info[1])])) {
    if (!sameJson(info[0][key], info[1][key]))
      context.report("documentation-changed", pointer("/info", key), false, `info: \`${key}\` changed`);
  }
  compareRemainingKeys(
    context,
    a,
    b,
    new Set(["paths", "webhooks", "components", "servers", "security", "info"]),
    "",
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
    for (const errorCode of a.filter((value) => !b.includes(value))) {
      context.report(
        "error-code-removed",
        pointer("/x-image-sdk-error-codes", status, errorCode),
        true,
        `documented error code ${code(errorCode)} (${status}) removed`,
      );
    }
    for (const errorCode of b.filter((value) => !a.includes(value))) {
      context.report(
        "error-code-added",
        pointer("/x-image-sdk-error-codes", status, errorCode),
        false,
        `documented error code ${code(errorCode)} (${status}) added`,
      );
    }
  }
}
