// Compares two JSON Schemas (OpenAPI 3.0 or 3.1) in one direction of data flow. Each rule states
// what breaks code written against the old schema: a client that sends (request) breaks when
// the accepted values narrow, a client that receives (response) breaks when they widen.

import { isObject, pointer, refOf, resolveObject } from "../pipeline/json-ref.ts";
import { code, compareRemainingKeys, type DiffContext, type Direction, sameJson } from "./diff-context.ts";

type Json = Record<string, unknown>;

export interface SchemaScope {
  direction: Direction;
  /** Which part of the exchange the schema describes, for the change kind's name. */
  part: "request" | "response";
  location: string;
  /** Human name of the schema's place, e.g. "POST /a: request body (application/json)". */
  subject: string;
  /** Dotted path of the field inside that place; "" at the top. */
  field: string;
}

/** The parts of a schema the rules look at, with `$ref`s followed and `allOf` merged. */
interface SchemaView {
  node: Json;
  /** JSON types without "null"; undefined means any type. */
  types: Set<string> | undefined;
  nullable: boolean;
  /** Allowed values without null; undefined means not enumerated. */
  values: unknown[] | undefined;
  properties: Map<string, unknown>;
  required: Set<string>;
  variants: { keyword: "oneOf" | "anyOf"; list: unknown[] } | undefined;
}

/** Keys the rules below handle; any other key that differs is reported as `other-changed`. */
const handledKeys = new Set([
  "$ref",
  "type",
  "nullable",
  "enum",
  "const",
  "format",
  "properties",
  "required",
  "items",
  "additionalProperties",
  "allOf",
  "oneOf",
  "anyOf",
  "default",
  "deprecated",
  "not",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
]);

/** Numeric bounds: which way is looser. */
const upperBounds = ["maxLength", "maximum", "maxItems", "maxProperties"];
const lowerBounds = ["minLength", "minimum", "minItems", "minProperties"];

/** `not: {}` accepts no value at all (overlays use it to forbid a property). */
export function acceptsNothing(node: Json): boolean {
  return isObject(node.not) && Object.keys(node.not).length === 0;
}

function typesOf(node: Json): { types: Set<string> | undefined; nullable: boolean } {
  if (acceptsNothing(node)) return { types: new Set(), nullable: false };
  const declared =
    node.type === undefined ? undefined : Array.isArray(node.type) ? (node.type as string[]) : [node.type as string];
  let nullable = node.nullable === true || (declared?.includes("null") ?? false);
  let types = declared ? new Set(declared.filter((type) => type !== "null")) : undefined;
  if (declared && types?.size === 0) types = undefined;
  if (!types && isObject(node.properties)) types = new Set(["object"]);
  if (!types && node.items !== undefined) types = new Set(["array"]);
  if (Array.isArray(node.enum) && node.enum.includes(null)) nullable = true;
  return { types, nullable };
}

function isNullSchema(document: Json, node: unknown): boolean {
  const resolved = resolveObject(document, node);
  return (
    resolved?.type === "null" ||
    (Array.isArray(resolved?.enum) && resolved.enum.length === 1 && resolved.enum[0] === null)
  );
}

/**
 * `allOf` members merge into one schema: properties and `required` are combined, other keys are
 * taken member by member (the parent's own keys last), as a validator would apply them together.
 */
function flatten(document: Json, raw: unknown, seen: Set<unknown> = new Set()): Json {
  const resolved = resolveObject(document, raw) ?? {};
  // A 3.1 `$ref` may have siblings; they apply on top of the target.
  const node: Json = isObject(raw) && raw.$ref !== undefined ? { ...resolved, ...raw } : resolved;
  delete node.$ref;
  if (!Array.isArray(node.allOf) || seen.has(resolved)) return node;
  seen.add(resolved);
  const { allOf, ...own } = node;
  const merged: Json = {};
  const properties: Json = {};
  const required = new Set<string>();
  for (const part of [...(allOf as unknown[]).map((member) => flatten(document, member, seen)), own]) {
    Object.assign(properties, isObject(part.properties) ? part.properties : {});
    for (const name of Array.isArray(part.required) ? (part.required as string[]) : []) required.add(name);
    Object.assign(merged, part);
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.size) merged.required = [...required];
  return merged;
}

function view(document: Json, raw: unknown): SchemaView {
  let node = flatten(document, raw);
  let variants: SchemaView["variants"];
  let nullBranch = false;
  const keyword = Array.isArray(node.oneOf) ? "oneOf" : Array.isArray(node.anyOf) ? "anyOf" : undefined;
  if (keyword) {
    const list = node[keyword] as unknown[];
    // `oneOf: [X, {type: "null"}]` is how 3.1 documents write a nullable X: it is X, nullable.
    const nonNull = list.filter((variant) => !isNullSchema(document, variant));
    nullBranch = nonNull.length < list.length;
    if (nullBranch && nonNull.length === 1) {
      const own = { ...node };
      delete own[keyword];
      node = { ...flatten(document, nonNull[0]), ...own };
    } else {
      variants = { keyword, list: nonNull };
    }
  }
  const { types, nullable } = typesOf(node);
  return {
    node,
    types,
    nullable: nullable || nullBranch,
    values: Array.isArray(node.enum)
      ? node.enum.filter((value) => value !== null)
      : "const" in node
        ? [node.const]
        : undefined,
    properties: new Map(Object.entries(isObject(node.properties) ? node.properties : {})),
    required: new Set(Array.isArray(node.required) ? (node.required as string[]) : []),
    variants,
  };
}

/** Whether every value of `inner` types is allowed by `outer` types (integer is a number). */
function covers(outer: Set<string> | undefined, inner: Set<string> | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  return [...inner].every((type) => outer.has(type) || (type === "integer" && outer.has("number")));
}

function typeLabel(types: Set<string> | undefined): string {
  if (types?.size === 0) return "no value (forbidden)";
  return types ? [...types].map((type) => `\`${type}\``).join(" | ") : "any type";
}

function describe(scope: SchemaScope): string {
  return scope.field ? `${scope.subject} field \`${scope.field}\`` : scope.subject;
}

/** Whether a field's presence change breaks callers, by direction (see the file comment). */
export function presenceBreaks(
  direction: Direction,
  event: "added-required" | "added-optional" | "removed" | "now-required" | "now-optional",
): boolean {
  switch (event) {
    case "removed":
      return true;
    case "added-required":
    case "now-required":
      return direction === "request";
    case "now-optional":
      return direction === "response";
    case "added-optional":
      return false;
  }
}

/** The cycle guard: a pair of references already being compared up the stack is not re-entered. */
export function compareSchemas(
  context: DiffContext,
  oldRaw: unknown,
  newRaw: unknown,
  scope: SchemaScope,
  stack: Set<string> = new Set(),
): void {
  const oldRef = refOf(oldRaw);
  const newRef = refOf(newRaw);
  const key = `${oldRef ?? ""}|${newRef ?? ""}|${scope.direction}`;
  if ((oldRef || newRef) && stack.has(key)) return;
  const inner = new Set(stack).add(key);

  const before = view(context.oldDocument, oldRaw);
  const after = view(context.newDocument, newRaw);
  const { direction, location } = scope;
  const subject = describe(scope);

  // Types.
  if (!sameJson(before.types && [...before.types].sort(), after.types && [...after.types].sort())) {
    const widened = covers(after.types, before.types);
    const narrowed = covers(before.types, after.types);
    const breaking = direction === "request" ? !widened : !narrowed;
    context.report(
      "type-changed",
      pointer(location, "type"),
      breaking,
      `${subject}: type changed from ${typeLabel(before.types)} to ${typeLabel(after.types)}${widened ? " (wider)" : narrowed ? " (narrower)" : ""}`,
    );
  }

  // Nullability.
  if (before.nullable !== after.nullable) {
    const breaking = direction === "request" ? !after.nullable : after.nullable;
    context.report(
      "nullability-changed",
      location,
      breaking,
      `${subject}: ${after.nullable ? "may now be null" : "may no longer be null"}`,
    );
  }

  // Format.
  const oldFormat = before.node.format;
  const newFormat = after.node.format;
  if (oldFormat !== newFormat) {
    const breaking = direction === "request" ? newFormat !== undefined : oldFormat !== undefined;
    context.report(
      "format-changed",
      pointer(location, "format"),
      breaking,
      `${subject}: format ${oldFormat === undefined ? `${code(newFormat)} added` : newFormat === undefined ? `${code(oldFormat)} removed` : `changed from ${code(oldFormat)} to ${code(newFormat)}`}`,
    );
  }

  compareValues(context, before.values, after.values, scope, subject);
  compareConstraints(context, before.node, after.node, scope, subject);

  // Default: a caller who leaves the field out now gets another value.
  if (!sameJson(before.node.default, after.node.default)) {
    const both = before.node.default !== undefined && after.node.default !== undefined;
    context.report(
      "default-changed",
      pointer(location, "default"),
      direction === "request" && both,
      `${subject}: default ${before.node.default === undefined ? `${code(after.node.default)} added` : after.node.default === undefined ? `${code(before.node.default)} removed` : `changed from ${code(before.node.default)} to ${code(after.node.default)}`}`,
    );
  }
  if (Boolean(before.node.deprecated) !== Boolean(after.node.deprecated)) {
    context.report(
      "deprecation-changed",
      pointer(location, "deprecated"),
      false,
      `${subject}: ${after.node.deprecated ? "deprecated" : "no longer deprecated"}`,
    );
  }

  compareProperties(context, before, after, scope, inner);

  if (before.node.items !== undefined && after.node.items !== undefined) {
    compareSchemas(
      context,
      before.node.items,
      after.node.items,
      { ...scope, location: pointer(location, "items"), field: `${scope.field}[]` },
      inner,
    );
  } else if (before.node.items !== undefined || after.node.items !== undefined) {
    const added = after.node.items !== undefined;
    context.report(
      "constraint-changed",
      pointer(location, "items"),
      direction === "request" && added,
      `${subject}: item schema ${added ? "added (tighter)" : "removed (looser)"}`,
    );
  }
  compareAdditionalProperties(context, before.node, after.node, scope, subject, inner);
  compareVariants(context, before, after, scope, subject, inner);

  if (!sameJson(before.node.not, after.node.not) && !(acceptsNothing(before.node) || acceptsNothing(after.node))) {
    context.report(
      "other-changed",
      pointer(location, "not"),
      false,
      `${subject}: \`not\` changed; not classified, review it`,
    );
  }
  compareRemainingKeys(context, before.node, after.node, handledKeys, location, subject);
}

function compareValues(
  context: DiffContext,
  before: unknown[] | undefined,
  after: unknown[] | undefined,
  scope: SchemaScope,
  subject: string,
): void {
  if (sameJson(before, after)) return;
  const location = pointer(scope.location, "enum");
  const list = (values: unknown[]) => values.map((value) => code(value)).join(", ");
  const added = before && after ? after.filter((value) => !before.some((old) => sameJson(old, value))) : [];
  const removed = before && after ? before.filter((value) => !after.some((now) => sameJson(now, value))) : [];
  // Widened values break receivers (an exhaustive switch misses them); narrowed ones break senders.
  if (before && !after) {
    context.report(
      "enum-widened",
      location,
      scope.direction === "response",
      `${subject}: no longer limited to ${list(before)}`,
    );
  } else if (!before && after) {
    context.report(
      "enum-narrowed",
      location,
      scope.direction === "request",
      `${subject}: now limited to ${list(after)}`,
    );
  }
  if (added.length)
    context.report(
      "enum-widened",
      location,
      scope.direction === "response",
      `${subject}: value${added.length > 1 ? "s" : ""} ${list(added)} added`,
    );
  if (removed.length)
    context.report(
      "enum-narrowed",
      location,
      scope.direction === "request",
      `${subject}: value${removed.length > 1 ? "s" : ""} ${list(removed)} removed`,
    );
}

/** Tighter constraints break senders; receivers are not broken by any constraint change. */
function compareConstraints(
  context: DiffContext,
  before: Json,
  after: Json,
  scope: SchemaScope,
  subject: string,
): void {
  const report = (keyword: string, tighter: boolean) =>
    context.report(
      "constraint-changed",
      pointer(scope.location, keyword),
      scope.direction === "request" && tighter,
      `${subject}: \`${keyword}\` ${before[keyword] === undefined ? `${code(after[keyword])} added` : after[keyword] === undefined ? `${code(before[keyword])} removed` : `changed from ${code(before[keyword])} to ${code(after[keyword])}`} (${tighter ? "tighter" : "looser"})`,
    );
  for (const keyword of [...upperBounds, ...lowerBounds]) {
    const [a, b] = [before[keyword] as number | undefined, after[keyword] as number | undefined];
    if (a === b) continue;
    const upper = upperBounds.includes(keyword);
    const tighter = a === undefined || (b !== undefined && (upper ? b < a : b > a));
    report(keyword, tighter);
  }
  for (const keyword of ["exclusiveMinimum", "exclusiveMaximum"]) {
    const [a, b] = [before[keyword], after[keyword]];
    if (sameJson(a, b)) continue;
    // 3.0 booleans: true is tighter. 3.1 numbers: a bound, like minimum/maximum.
    const tighter =
      typeof a === "number" || typeof b === "number"
        ? typeof a !== "number" || (typeof b === "number" && (keyword === "exclusiveMaximum" ? b < a : b > a))
        : b === true;
    report(keyword, tighter);
  }
  for (const keyword of ["pattern", "multipleOf"]) {
    if (!sameJson(before[keyword], after[keyword])) report(keyword, after[keyword] !== undefined);
  }
  if (Boolean(before.uniqueItems) !== Boolean(after.uniqueItems)) report("uniqueItems", after.uniqueItems === true);
}

function compareProperties(
  context: DiffContext,
  before: SchemaView,
  after: SchemaView,
  scope: SchemaScope,
  stack: Set<string>,
): void {
  const { direction } = scope;
  const prefix = `${scope.part}-property` as const;
  const names = new Set([...before.properties.keys(), ...after.properties.keys()]);
  for (const name of names) {
    const field = scope.field ? `${scope.field}.${name}` : name;
    const location = pointer(scope.location, "properties", name);
    const label = `${scope.subject} field \`${field}\``;
    const oldSchema = before.properties.get(name);
    const newSchema = after.properties.get(name);
    if (newSchema === undefined) {
      context.report(`${prefix}-removed`, location, presenceBreaks(direction, "removed"), `${label} removed`);
      continue;
    }
    if (oldSchema === undefined && acceptsNothing(flatten(context.newDocument, newSchema))) {
      // A listed property that accepts no value forbids the field: tighter, like a constraint.
      context.report("constraint-changed", location, direction === "request", `${label} is now forbidden`);
      continue;
    }
    if (oldSchema === undefined) {
      const required = after.required.has(name);
      context.report(
        `${prefix}-added`,
        location,
        presenceBreaks(direction, required ? "added-required" : "added-optional"),
        `${label} added (${required ? "required" : "optional"})`,
      );
      continue;
    }
    const [wasRequired, isRequired] = [before.required.has(name), after.required.has(name)];
    if (!wasRequired && isRequired)
      context.report(
        `${prefix}-required`,
        location,
        presenceBreaks(direction, "now-required"),
        `${label} is now required`,
      );
    if (wasRequired && !isRequired)
      context.report(
        `${prefix}-optional`,
        location,
        presenceBreaks(direction, "now-optional"),
        `${label} is now optional`,
      );
    compareSchemas(context, oldSchema, newSchema, { ...scope, location, field }, stack);
  }
}

function compareAdditionalProperties(
  context: DiffContext,
  before: Json,
  after: Json,
  scope: SchemaScope,
  subject: string,
  stack: Set<string>,
): void {
  const [a, b] = [before.additionalProperties, after.additionalProperties];
  if (isObject(a) && isObject(b)) {
    compareSchemas(
      context,
      a,
      b,
      { ...scope, location: pointer(scope.location, "additionalProperties"), field: `${scope.field}.*` },
      stack,
    );
    return;
  }
  if (sameJson(a, b)) return;
  // `false` forbids unlisted properties; absent, `true` or a schema allows some.
  const [closedBefore, closedAfter] = [a === false, b === false];
  if (closedBefore === closedAfter) {
    context.report(
      "constraint-changed",
      pointer(scope.location, "additionalProperties"),
      scope.direction === "request" && isObject(b),
      `${subject}: \`additionalProperties\` changed`,
    );
    return;
  }
  context.report(
    "constraint-changed",
    pointer(scope.location, "additionalProperties"),
    scope.direction === "request" && closedAfter,
    `${subject}: unlisted properties are ${closedAfter ? "no longer allowed (tighter)" : "now allowed (looser)"}`,
  );
}

function variantName(document: Json, variant: unknown, index: number): string {
  const ref = refOf(variant);
  const title = resolveObject(document, variant)?.title;
  return ref ? `\`${ref.split("/").pop()}\`` : typeof title === "string" ? `\`${title}\`` : `#${index}`;
}

/**
 * oneOf/anyOf branches: identical branches pair first, then branches naming the same component,
 * then the rest in order. A new branch widens what is accepted or returned.
 */
function compareVariants(
  context: DiffContext,
  before: SchemaView,
  after: SchemaView,
  scope: SchemaScope,
  subject: string,
  stack: Set<string>,
): void {
  const oldList = before.variants?.list ?? [];
  const newList = after.variants?.list ?? [];
  if (!oldList.length && !newList.length) return;
  const keyword = after.variants?.keyword ?? before.variants?.keyword ?? "oneOf";
  if (before.variants && after.variants && before.variants.keyword !== after.variants.keyword) {
    // anyOf accepts what oneOf accepts and more (overlapping branches), so oneOf is the tighter one.
    const tighter = after.variants.keyword === "oneOf";
    context.report(
      "constraint-changed",
      pointer(scope.location, keyword),
      scope.direction === "request" && tighter,
      `${subject}: \`${before.variants.keyword}\` became \`${after.variants.keyword}\` (${tighter ? "tighter" : "looser"})`,
    );
  }
  const pairs: Array<[number, number]> = [];
  const freeOld = new Set(oldList.keys());
  const freeNew = new Set(newList.keys());
  const pairBy = (same: (a: unknown, b: unknown) => boolean) => {
    for (const i of freeOld) {
      for (const j of freeNew) {
        if (!same(oldList[i], newList[j])) continue;
        pairs.push([i, j]);
        freeOld.delete(i);
        freeNew.delete(j);
        break;
      }
    }
  };
  pairBy((a, b) => sameJson(a, b));
  pairBy((a, b) => refOf(a) !== undefined && refOf(a)?.split("/").pop() === refOf(b)?.split("/").pop());
  // Only a variant list with a single change of member pairs by position; otherwise it is add+remove.
  if (freeOld.size === 1 && freeNew.size === 1) pairBy(() => true);
  for (const j of freeNew) {
    context.report(
      "variant-added",
      pointer(scope.location, keyword, j),
      scope.direction === "response",
      `${subject}: \`${keyword}\` branch ${variantName(context.newDocument, newList[j], j)} added`,
    );
  }
  for (const i of freeOld) {
    context.report(
      "variant-removed",
      pointer(scope.location, keyword, i),
      scope.direction === "request",
      `${subject}: \`${keyword}\` branch ${variantName(context.oldDocument, oldList[i], i)} removed`,
    );
  }
  for (const [i, j] of pairs) {
    const name = variantName(context.newDocument, newList[j], j);
    compareSchemas(
      context,
      oldList[i],
      newList[j],
      {
        ...scope,
        location: pointer(scope.location, keyword, j),
        field: scope.field ? `${scope.field} (${name.replace(/`/g, "")})` : "",
        subject: scope.field ? scope.subject : `${scope.subject} (${keyword} ${name})`,
      },
      stack,
    );
  }
}
