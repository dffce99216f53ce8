// Compares two JSON Schemas (OpenAPI 3.0 or 3.1) in one direction of data flow. Each rule states
// what breaks code written against the old schema: a client that sends (request) breaks when
// the accepted values narrow, a client that receives (response) breaks when they widen. This file
// walks the schema and its subschemas; values, constraints and discriminators have their own.
import { isObject, refOf, resolveObject } from "../../pipeline/json-ref.ts";
import { compareDiscriminators } from "./discriminator.ts";
import { code } from "./message-text.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { sameJson } from "./same-json.ts";
import { compareConstraints, compareRestrictions, restrictingKeywords } from "./schema-constraints.ts";
import { compareExtensibleValues, compareValues } from "./schema-values.ts";
import { acceptsNothing, covers, flatten, type SchemaView, typeLabel, view } from "./schema-view.ts";
import { DiffContext, type Scope } from "./scope.ts";

type Json = Record<string, unknown>;

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
  ...restrictingKeywords,
]);

/**
 * `scope` is at the schema, with the part of the exchange it describes. The cycle guard: a pair of
 * references already being compared up the stack is not re-entered.
 */
export function compareSchemas(scope: Scope, oldRaw: unknown, newRaw: unknown, stack: Set<string> = new Set()): void {
  const oldRef = refOf(oldRaw);
  const newRef = refOf(newRaw);
  const key = `${oldRef ?? ""}|${newRef ?? ""}|${scope.direction}`;
  if ((oldRef || newRef) && stack.has(key)) return;
  // The same component, unchanged in both documents (through every `$ref` it reaches), holds no change.
  if (oldRef && oldRef === newRef && sameJson(oldRaw, newRaw) && scope.context.unchangedComponent(oldRef)) return;
  const inner = new Set(stack).add(key);

  const before = view(scope.oldDocument, oldRaw);
  const after = view(scope.newDocument, newRaw);

  // Types.
  if (!sameJson(before.types && [...before.types].sort(), after.types && [...after.types].sort())) {
    const relation = covers(after.types, before.types)
      ? "wider"
      : covers(before.types, after.types)
        ? "narrower"
        : "unrelated";
    scope.at("type").emit("type-changed", { old: typeLabel(before.types), new: typeLabel(after.types) }, { relation });
  }
  if (before.nullable !== after.nullable) scope.emit(after.nullable ? "nullable-added" : "nullable-removed");

  const [oldFormat, newFormat] = [before.node.format, after.node.format];
  if (oldFormat !== newFormat) {
    const event =
      oldFormat === undefined ? "format-added" : newFormat === undefined ? "format-removed" : "format-replaced";
    scope.at("format").emit(event, { old: code(oldFormat), new: code(newFormat) });
  }

  compareValues(scope, before.values, after.values);
  compareExtensibleValues(scope, before.node["x-extensible-enum"], after.node["x-extensible-enum"]);
  compareConstraints(scope, before.node, after.node);

  // Default: a caller who leaves the field out now gets another value.
  const [oldDefault, newDefault] = [before.node.default, after.node.default];
  if (!sameJson(oldDefault, newDefault)) {
    const event =
      oldDefault === undefined ? "default-added" : newDefault === undefined ? "default-removed" : "default-changed";
    scope.at("default").emit(event, { old: code(oldDefault), new: code(newDefault) });
  }
  if (Boolean(before.node.deprecated) !== Boolean(after.node.deprecated)) {
    scope.at("deprecated").emit("deprecation-changed", {
      state: after.node.deprecated ? "deprecated" : "no longer deprecated",
    });
  }

  compareProperties(scope, before, after, inner);

  if (before.node.items !== undefined && after.node.items !== undefined) {
    const items = scope.at("items").with({ field: `${scope.field}[]` });
    compareSchemas(items, before.node.items, after.node.items, inner);
  } else if (before.node.items !== undefined || after.node.items !== undefined) {
    scope.at("items").emit(after.node.items !== undefined ? "items-added" : "items-removed");
  }
  comparePrefixItems(scope, before.node.prefixItems, after.node.prefixItems, inner);
  compareAdditionalProperties(scope, before.node, after.node, inner);
  compareVariants(scope, before, after, inner);
  compareDiscriminators(scope, before.node.discriminator, after.node.discriminator);
  compareRestrictions(scope, before.node, after.node);
  compareRemainingKeys(scope, before.node, after.node, handledKeys);
}

/** readOnly properties are never sent and writeOnly ones never received: out of that side's rules. */
function hiddenIn(part: Scope["part"], schema: Json): boolean {
  return part === "request" ? schema.readOnly === true : schema.writeOnly === true;
}

function compareProperties(schema: Scope, before: SchemaView, after: SchemaView, stack: Set<string>): void {
  const names = new Set([...before.properties.keys(), ...after.properties.keys()]);
  for (const name of names) {
    const scope = schema.at("properties", name).with({ field: schema.field ? `${schema.field}.${name}` : name });
    const oldSchema = before.properties.get(name);
    const newSchema = after.properties.get(name);
    const wasHidden = oldSchema !== undefined && hiddenIn(scope.part, flatten(scope.oldDocument, oldSchema));
    const isHidden = newSchema !== undefined && hiddenIn(scope.part, flatten(scope.newDocument, newSchema));
    const [wasRequired, isRequired] = [before.required.has(name), after.required.has(name)];
    if (newSchema === undefined) {
      if (wasHidden) scope.emit("hidden-property-changed", { change: "removed" });
      else scope.emit("property-removed");
      continue;
    }
    if (oldSchema === undefined && acceptsNothing(flatten(scope.newDocument, newSchema))) {
      // A listed property that accepts no value forbids the field: tighter, like a constraint.
      scope.emit("property-forbidden");
      continue;
    }
    if (oldSchema === undefined) {
      const required = isRequired ? "required" : "optional";
      if (isHidden) scope.emit("hidden-property-changed", { change: `added (${required})` });
      else scope.emit("property-added", {}, { required: isRequired });
      continue;
    }
    if (!wasHidden && isHidden) {
      scope.emit("property-hidden");
      continue;
    }
    if (wasHidden && !isHidden) {
      scope.emit("property-shown", {}, { required: isRequired });
      continue;
    }
    if (wasHidden && isHidden) {
      // Not on this side of the exchange: what changed is reported once, never judged breaking.
      const hidden = new DiffContext(scope.oldDocument, scope.newDocument);
      compareSchemas(scope.with({ context: hidden }), oldSchema, newSchema, stack);
      const count = hidden.findings.length + Number(wasRequired !== isRequired);
      if (count) scope.emit("hidden-property-changed", { change: `${count} change${count > 1 ? "s" : ""}` });
      continue;
    }
    if (!wasRequired && isRequired) scope.emit("property-required");
    if (wasRequired && !isRequired) scope.emit("property-optional");
    compareSchemas(scope, oldSchema, newSchema, stack);
  }
}

/** `prefixItems` (3.1): the generated type is a tuple; entries compare by position. */
function comparePrefixItems(schema: Scope, before: unknown, after: unknown, stack: Set<string>): void {
  if (sameJson(before, after)) return;
  const scope = schema.at("prefixItems");
  if (!Array.isArray(after)) {
    scope.emit("prefix-items-removed");
    return;
  }
  if (!Array.isArray(before)) {
    scope.emit("prefix-items-added");
    return;
  }
  if (before.length !== after.length) {
    scope.emit("prefix-items-changed");
    return;
  }
  before.forEach((entry, index) => {
    compareSchemas(scope.at(index).with({ field: `${schema.field}[${index}]` }), entry, after[index], stack);
  });
}

function compareAdditionalProperties(schema: Scope, before: Json, after: Json, stack: Set<string>): void {
  const [a, b] = [before.additionalProperties, after.additionalProperties];
  const scope = schema.at("additionalProperties");
  if (isObject(a) && isObject(b)) {
    compareSchemas(scope.with({ field: `${schema.field}.*` }), a, b, stack);
    return;
  }
  if (sameJson(a, b)) return;
  // `false` forbids unlisted properties; absent, `true` or a schema allows some.
  const [closedBefore, closedAfter] = [a === false, b === false];
  const event =
    closedBefore === closedAfter
      ? isObject(b)
        ? "additional-properties-schema-added"
        : "additional-properties-schema-removed"
      : closedAfter
        ? "additional-properties-closed"
        : "additional-properties-opened";
  scope.emit(event);
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
function compareVariants(scope: Scope, before: SchemaView, after: SchemaView, stack: Set<string>): void {
  const oldList = before.variants?.list ?? [];
  const newList = after.variants?.list ?? [];
  if (!oldList.length && !newList.length) return;
  const keyword = after.variants?.keyword ?? before.variants?.keyword ?? "oneOf";
  const params = { keyword: `\`${keyword}\`` };
  if (before.variants && after.variants && before.variants.keyword !== after.variants.keyword) {
    const tighter = after.variants.keyword === "oneOf";
    scope.at(keyword).emit(tighter ? "variants-became-one-of" : "variants-became-any-of", params);
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
    scope.at(keyword, j).emit("variant-added", { ...params, name: variantName(scope.newDocument, newList[j], j) });
  }
  for (const i of freeOld) {
    scope.at(keyword, i).emit("variant-removed", { ...params, name: variantName(scope.oldDocument, oldList[i], i) });
  }
  for (const [i, j] of pairs) {
    const name = variantName(scope.newDocument, newList[j], j);
    const branch = scope.at(keyword, j).with({
      field: scope.field ? `${scope.field} (${name.replace(/`/g, "")})` : "",
      subject: scope.field ? scope.subject : `${scope.subject} (${keyword} ${name})`,
    });
    compareSchemas(branch, oldList[i], newList[j], stack);
  }
}
