// Compares two JSON Schemas (OpenAPI 3.0 or 3.1) in one direction of data flow. Each rule states
// what breaks code written against the old schema: a client that sends (request) breaks when
// the accepted values narrow, a client that receives (response) breaks when they widen.

import { isObject, pointer, refOf, resolveObject } from "../pipeline/json-ref.ts";
import { code, compareRemainingKeys, DiffContext, type Direction, sameJson } from "./diff-context.ts";
import { comparePatterns } from "./pattern-order.ts";
import type { Place, RuleId } from "./rules.ts";

type Json = Record<string, unknown>;

export interface SchemaScope {
  direction: Direction;
  /** Which part of the exchange the schema describes, for the change kind's name. */
  part: "request" | "response";
  /** `callback` inside callbacks and webhooks, else the part. */
  place: Place;
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
  "minContains",
  "maxContains",
  "readOnly",
  "writeOnly",
  "discriminator",
  "x-extensible-enum",
  "prefixItems",
  ...restrictingKeywords(),
]);

/**
 * JSON Schema 2020-12 keywords that can only restrict what validates: adding one narrows the
 * accepted values, removing one widens them.
 */
function restrictingKeywords(): string[] {
  return [
    "contains",
    "if",
    "then",
    "else",
    "dependentRequired",
    "dependentSchemas",
    "unevaluatedProperties",
    "unevaluatedItems",
    "patternProperties",
    "propertyNames",
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
  ];
}

/** Numeric bounds: which way is looser. */
const upperBounds = ["maxLength", "maximum", "maxItems", "maxProperties", "maxContains"];
const lowerBounds = ["minLength", "minimum", "minItems", "minProperties", "minContains"];

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

/** Which value a `{change}` in a message shows: "`x` added", "`x` removed", "changed from `x` to `y`". */
export function changeText(before: unknown, after: unknown): string {
  if (before === undefined) return `${code(after)} added`;
  if (after === undefined) return `${code(before)} removed`;
  return `changed from ${code(before)} to ${code(after)}`;
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
  // The same component, unchanged in both documents (through every `$ref` it reaches), holds no change.
  if (oldRef && oldRef === newRef && sameJson(oldRaw, newRaw) && context.unchangedComponent(oldRef)) return;
  const inner = new Set(stack).add(key);

  const before = view(context.oldDocument, oldRaw);
  const after = view(context.newDocument, newRaw);
  const { location } = scope;
  const subject = describe(scope);
  const report = (rule: RuleId, at: string, params: Record<string, string> = {}) =>
    context.report(rule, at, scope.direction, scope.place, { subject, ...params });

  // Types.
  if (!sameJson(before.types && [...before.types].sort(), after.types && [...after.types].sort())) {
    const widened = covers(after.types, before.types);
    const narrowed = covers(before.types, after.types);
    report(widened ? "type-widened" : narrowed ? "type-narrowed" : "type-replaced", pointer(location, "type"), {
      old: typeLabel(before.types),
      new: typeLabel(after.types),
    });
  }
  if (before.nullable !== after.nullable) report(after.nullable ? "nullable-added" : "nullable-removed", location);

  const [oldFormat, newFormat] = [before.node.format, after.node.format];
  if (oldFormat !== newFormat) {
    const rule =
      oldFormat === undefined ? "format-added" : newFormat === undefined ? "format-removed" : "format-replaced";
    report(rule, pointer(location, "format"), { old: code(oldFormat), new: code(newFormat) });
  }

  compareValues(context, before.values, after.values, scope, subject);
  compareExtensibleValues(context, before.node["x-extensible-enum"], after.node["x-extensible-enum"], scope, subject);
  compareConstraints(context, before.node, after.node, scope, subject);

  // Default: a caller who leaves the field out now gets another value.
  const [oldDefault, newDefault] = [before.node.default, after.node.default];
  if (!sameJson(oldDefault, newDefault)) {
    const rule =
      oldDefault === undefined ? "default-added" : newDefault === undefined ? "default-removed" : "default-changed";
    report(rule, pointer(location, "default"), { old: code(oldDefault), new: code(newDefault) });
  }
  if (Boolean(before.node.deprecated) !== Boolean(after.node.deprecated)) {
    report("deprecation-changed", pointer(location, "deprecated"), {
      state: after.node.deprecated ? "deprecated" : "no longer deprecated",
    });
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
    report(after.node.items !== undefined ? "items-added" : "items-removed", pointer(location, "items"));
  }
  comparePrefixItems(context, before.node.prefixItems, after.node.prefixItems, scope, subject, inner);
  compareAdditionalProperties(context, before.node, after.node, scope, subject, inner);
  compareVariants(context, before, after, scope, subject, inner);
  compareDiscriminators(context, before.node.discriminator, after.node.discriminator, scope, subject);

  // `not: {}` forbids everything and is a type change above; any other `not` only restricts.
  const nots = [before.node, after.node].map((node) => (acceptsNothing(node) ? undefined : node.not));
  for (const keyword of restrictingKeywords()) compareRestriction(keyword, before.node[keyword], after.node[keyword]);
  compareRestriction("not", nots[0], nots[1]);
  compareRemainingKeys(context, before.node, after.node, handledKeys, location, subject, scope.direction, scope.place);

  function compareRestriction(keyword: string, a: unknown, b: unknown): void {
    // `unevaluatedProperties: true` and its kin allow everything: the same as leaving them out.
    const [was, now] = [a === true ? undefined : a, b === true ? undefined : b];
    if (sameJson(was, now)) return;
    const rule = was === undefined ? "keyword-added" : now === undefined ? "keyword-removed" : "keyword-changed";
    report(rule, pointer(location, keyword), { keyword: `\`${keyword}\`` });
  }
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
  const report = (rule: RuleId, values: unknown[]) =>
    context.report(rule, location, scope.direction, scope.place, { subject, values: valueList(values) });
  // Widened values break receivers (an exhaustive switch misses them); narrowed ones break senders.
  if (before && !after) report("enum-limit-removed", before);
  else if (!before && after) report("enum-limit-added", after);
  if (!before || !after) return;
  const added = after.filter((value) => !before.some((old) => sameJson(old, value)));
  const removed = before.filter((value) => !after.some((now) => sameJson(now, value)));
  if (added.length) report("enum-value-added", added);
  if (removed.length) report("enum-value-removed", removed);
}

function valueList(values: unknown[]): string {
  return `value${values.length > 1 ? "s" : ""} ${values.map((value) => code(value)).join(", ")}`;
}

/** `x-extensible-enum`: the listed values are what a sender may use; receivers already expect others. */
function compareExtensibleValues(
  context: DiffContext,
  oldList: unknown,
  newList: unknown,
  scope: SchemaScope,
  subject: string,
): void {
  if (sameJson(oldList, newList)) return;
  const [before, after] = [oldList, newList].map((list) => (Array.isArray(list) ? list : undefined));
  const location = pointer(scope.location, "x-extensible-enum");
  const report = (rule: RuleId, values: unknown[]) =>
    context.report(rule, location, scope.direction, scope.place, { subject, values: valueList(values) });
  if (!after) {
    report("extensible-enum-removed", before ?? []);
    return;
  }
  if (!before) {
    report("extensible-enum-added", after);
    return;
  }
  const added = after.filter((value) => !before.some((old) => sameJson(old, value)));
  const removed = before.filter((value) => !after.some((now) => sameJson(now, value)));
  if (added.length) report("extensible-enum-value-added", added);
  if (removed.length) report("extensible-enum-value-removed", removed);
}

/** Bounds and patterns: tighter breaks what the client sends, looser what it receives. */
function compareConstraints(
  context: DiffContext,
  before: Json,
  after: Json,
  scope: SchemaScope,
  subject: string,
): void {
  const report = (keyword: string, tighter: boolean) =>
    context.report(
      tighter ? "constraint-tightened" : "constraint-loosened",
      pointer(scope.location, keyword),
      scope.direction,
      scope.place,
      { subject, keyword: `\`${keyword}\``, change: changeText(before[keyword], after[keyword]) },
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
  const [a, b] = [before.multipleOf as number | undefined, after.multipleOf as number | undefined];
  // A step dividing the old one accepts every old value (and more): looser. Anything else is tighter.
  if (a !== b) report("multipleOf", a === undefined || (b !== undefined && !Number.isInteger(a / b)));
  comparePattern(context, before.pattern, after.pattern, scope, subject, report);
  if (Boolean(before.uniqueItems) !== Boolean(after.uniqueItems)) report("uniqueItems", after.uniqueItems === true);
}

function comparePattern(
  context: DiffContext,
  before: unknown,
  after: unknown,
  scope: SchemaScope,
  subject: string,
  report: (keyword: string, tighter: boolean) => void,
): void {
  if (sameJson(before, after)) return;
  if (typeof before !== "string" || typeof after !== "string") {
    report("pattern", after !== undefined);
    return;
  }
  const order = comparePatterns(before, after);
  if (order === "equal") return;
  if (order !== "unrelated") {
    report("pattern", order === "narrower");
    return;
  }
  context.report("pattern-replaced", pointer(scope.location, "pattern"), scope.direction, scope.place, {
    subject,
    old: code(before),
    new: code(after),
  });
}

/** readOnly properties are never sent and writeOnly ones never received: out of that side's rules. */
function hiddenIn(part: SchemaScope["part"], schema: Json): boolean {
  return part === "request" ? schema.readOnly === true : schema.writeOnly === true;
}

function compareProperties(
  context: DiffContext,
  before: SchemaView,
  after: SchemaView,
  scope: SchemaScope,
  stack: Set<string>,
): void {
  const prefix = `${scope.part}-property` as const;
  const marker = scope.part === "request" ? "read-only" : "write-only";
  const names = new Set([...before.properties.keys(), ...after.properties.keys()]);
  for (const name of names) {
    const field = scope.field ? `${scope.field}.${name}` : name;
    const location = pointer(scope.location, "properties", name);
    const report = (rule: RuleId, params: Record<string, string> = {}) =>
      context.report(rule, location, scope.direction, scope.place, {
        subject: `${scope.subject} field \`${field}\``,
        ...params,
      });
    const oldSchema = before.properties.get(name);
    const newSchema = after.properties.get(name);
    const wasHidden = oldSchema !== undefined && hiddenIn(scope.part, flatten(context.oldDocument, oldSchema));
    const isHidden = newSchema !== undefined && hiddenIn(scope.part, flatten(context.newDocument, newSchema));
    const [wasRequired, isRequired] = [before.required.has(name), after.required.has(name)];
    if (newSchema === undefined) {
      if (wasHidden) report(`${marker}-property-changed`, { change: "removed" });
      else report(`${prefix}-removed`);
      continue;
    }
    if (oldSchema === undefined && acceptsNothing(flatten(context.newDocument, newSchema))) {
      // A listed property that accepts no value forbids the field: tighter, like a constraint.
      report("property-forbidden");
      continue;
    }
    if (oldSchema === undefined) {
      if (isHidden) report(`${marker}-property-changed`, { change: `added (${isRequired ? "required" : "optional"})` });
      else report(isRequired ? `${prefix}-added-required` : `${prefix}-added-optional`);
      continue;
    }
    if (!wasHidden && isHidden) {
      report(`${marker}-added`);
      continue;
    }
    if (wasHidden && !isHidden) {
      report(isRequired ? `${marker}-removed-required` : `${marker}-removed`);
      continue;
    }
    if (wasHidden && isHidden) {
      // Not on this side of the exchange: what changed is reported once, never judged breaking.
      const hidden = new DiffContext(context.oldDocument, context.newDocument);
      compareSchemas(hidden, oldSchema, newSchema, { ...scope, location, field }, stack);
      const count = hidden.findings.length + Number(wasRequired !== isRequired);
      if (count) report(`${marker}-property-changed`, { change: `${count} change${count > 1 ? "s" : ""}` });
      continue;
    }
    if (!wasRequired && isRequired) report(`${prefix}-required`);
    if (wasRequired && !isRequired) report(`${prefix}-optional`);
    compareSchemas(context, oldSchema, newSchema, { ...scope, location, field }, stack);
  }
}

/** `prefixItems` (3.1): the generated type is a tuple; entries compare by position. */
function comparePrefixItems(
  context: DiffContext,
  before: unknown,
  after: unknown,
  scope: SchemaScope,
  subject: string,
  stack: Set<string>,
): void {
  if (sameJson(before, after)) return;
  const location = pointer(scope.location, "prefixItems");
  const report = (rule: RuleId) => context.report(rule, location, scope.direction, scope.place, { subject });
  if (!Array.isArray(after)) {
    report("prefix-items-removed");
    return;
  }
  if (!Array.isArray(before)) {
    report("prefix-items-added");
    return;
  }
  if (before.length !== after.length) {
    report("prefix-items-changed");
    return;
  }
  before.forEach((entry, index) => {
    compareSchemas(
      context,
      entry,
      after[index],
      { ...scope, location: pointer(location, index), field: `${scope.field}[${index}]` },
      stack,
    );
  });
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
  const rule: RuleId =
    closedBefore === closedAfter
      ? isObject(b)
        ? "additional-properties-schema-added"
        : "additional-properties-schema-removed"
      : closedAfter
        ? "additional-properties-closed"
        : "additional-properties-opened";
  context.report(rule, pointer(scope.location, "additionalProperties"), scope.direction, scope.place, { subject });
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
  const report = (rule: RuleId, at: string, params: Record<string, string> = {}) =>
    context.report(rule, at, scope.direction, scope.place, { subject, keyword: `\`${keyword}\``, ...params });
  if (before.variants && after.variants && before.variants.keyword !== after.variants.keyword) {
    const tighter = after.variants.keyword === "oneOf";
    report(tighter ? "variants-became-one-of" : "variants-became-any-of", pointer(scope.location, keyword));
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
    report("variant-added", pointer(scope.location, keyword, j), {
      name: variantName(context.newDocument, newList[j], j),
    });
  }
  for (const i of freeOld) {
    report("variant-removed", pointer(scope.location, keyword, i), {
      name: variantName(context.oldDocument, oldList[i], i),
    });
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

/**
 * The generator gives each branch of a discriminated union its literal value: a new discriminator
 * or value narrows what may be sent, a dropped one widens what may be received.
 */
function compareDiscriminators(
  context: DiffContext,
  before: unknown,
  after: unknown,
  scope: SchemaScope,
  subject: string,
): void {
  if (sameJson(before, after)) return;
  const location = pointer(scope.location, "discriminator");
  const report = (rule: RuleId, at: string, params: Record<string, string>) =>
    context.report(rule, at, scope.direction, scope.place, { subject, ...params });
  const [a, b] = [isObject(before) ? before : undefined, isObject(after) ? after : undefined];
  if (!a || !b) {
    const property = code((a ?? b)?.propertyName);
    report(b ? "discriminator-added" : "discriminator-removed", location, { property });
    return;
  }
  if (a.propertyName !== b.propertyName) {
    report("discriminator-property-changed", pointer(location, "propertyName"), {
      old: code(a.propertyName),
      new: code(b.propertyName),
    });
  }
  const [oldMapping, newMapping] = [a, b].map((side) => (isObject(side.mapping) ? side.mapping : {})) as [Json, Json];
  for (const value of new Set([...Object.keys(oldMapping), ...Object.keys(newMapping)])) {
    const [was, now] = [oldMapping[value], newMapping[value]];
    if (was === now) continue;
    const rule =
      was === undefined
        ? "discriminator-mapping-added"
        : now === undefined
          ? "discriminator-mapping-removed"
          : "discriminator-mapping-changed";
    report(rule, pointer(location, "mapping", value), { value: code(value), old: code(was), new: code(now) });
  }
  compareRemainingKeys(
    context,
    a,
    b,
    new Set(["propertyName", "mapping"]),
    location,
    subject,
    scope.direction,
    scope.place,
  );
}
