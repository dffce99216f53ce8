// A schema's constraints: numeric bounds, `multipleOf`, `pattern`, `uniqueItems` (tighter breaks
// what the client sends, looser what it receives), and keywords that only ever restrict.
import { comparePatterns } from "../pattern-order.ts";
import { changeText, code } from "./message-text.ts";
import { sameJson } from "./same-json.ts";
import { acceptsNothing } from "./schema-view.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

/** Numeric bounds: which way is looser. */
const upperBounds = ["maxLength", "maximum", "maxItems", "maxProperties", "maxContains"];
const lowerBounds = ["minLength", "minimum", "minItems", "minProperties", "minContains"];

/**
 * JSON Schema 2020-12 keywords that can only restrict what validates: adding one narrows the
 * accepted values, removing one widens them.
 */
export const restrictingKeywords = [
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

export function compareConstraints(scope: Scope, before: Json, after: Json): void {
  const report = (keyword: string, tighter: boolean) =>
    scope
      .at(keyword)
      .emit(
        "constraint-changed",
        { keyword: `\`${keyword}\``, change: changeText(before[keyword], after[keyword]) },
        { tighter },
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
  comparePattern(scope, before.pattern, after.pattern, report);
  if (Boolean(before.uniqueItems) !== Boolean(after.uniqueItems)) report("uniqueItems", after.uniqueItems === true);
}

/** Patterns are compared as languages: only a provable superset or subset gets a direction. */
function comparePattern(
  scope: Scope,
  before: unknown,
  after: unknown,
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
  scope.at("pattern").emit("pattern-replaced", { old: code(before), new: code(after) });
}

/** The restricting keywords, and `not` (`not: {}` forbids everything and is a type change instead). */
export function compareRestrictions(scope: Scope, before: Json, after: Json): void {
  const nots = [before, after].map((node) => (acceptsNothing(node) ? undefined : node.not));
  for (const keyword of restrictingKeywords) compareRestriction(scope, keyword, before[keyword], after[keyword]);
  compareRestriction(scope, "not", nots[0], nots[1]);
}

function compareRestriction(scope: Scope, keyword: string, a: unknown, b: unknown): void {
  // `unevaluatedProperties: true` and its kin allow everything: the same as leaving them out.
  const [was, now] = [a === true ? undefined : a, b === true ? undefined : b];
  if (sameJson(was, now)) return;
  const event = was === undefined ? "keyword-added" : now === undefined ? "keyword-removed" : "keyword-changed";
  scope.at(keyword).emit(event, { keyword: `\`${keyword}\`` });
}
