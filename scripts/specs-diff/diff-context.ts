import { isObject, pointer, valueAt } from "../pipeline/json-ref.ts";
import type { Change } from "./change.ts";
import { type Place, type RuleId, ruleFor } from "./rules.ts";

type Json = Record<string, unknown>;

/**
 * Which way data flows at a point in the document, seen from the client: `request` is what the
 * client sends (narrowing it breaks callers), `response` is what it receives (widening it breaks
 * callers). Callbacks and webhooks flip it: there the provider sends and we receive.
 */
export type Direction = "request" | "response";

export function opposite(direction: Direction): Direction {
  return direction === "request" ? "response" : "request";
}

/** A difference the engine found, before the rules table judges it. */
export interface Finding {
  rule: RuleId;
  location: string;
  /** Which way the data at that point flows; decides rules that break one flow only. */
  flow: Direction;
  place: Place;
  /** Values for the rule's message template. */
  params: Record<string, string>;
}

export class DiffContext {
  readonly findings: Finding[] = [];
  readonly oldDocument: Json;
  readonly newDocument: Json;

  /** Per `$ref`: the refs its target names, when the target is the same JSON in both documents. */
  readonly #sameTarget = new Map<string, string[] | undefined>();
  readonly #unchanged = new Map<string, boolean>();

  constructor(oldDocument: Json, newDocument: Json) {
    this.oldDocument = oldDocument;
    this.newDocument = newDocument;
  }

  /**
   * Whether `ref` names the same JSON in both documents, and so does every `$ref` it reaches: then
   * comparing through it can find nothing, and large documents that share components skip them.
   */
  unchangedComponent(ref: string): boolean {
    const known = this.#unchanged.get(ref);
    if (known !== undefined) return known;
    const reached = new Set([ref]);
    let unchanged = true;
    for (const next of reached) {
      const refs = this.#refsOfSameTarget(next);
      if (!refs) {
        unchanged = false;
        break;
      }
      for (const inner of refs) reached.add(inner);
    }
    this.#unchanged.set(ref, unchanged);
    return unchanged;
  }

  /** Whether two nodes are the same JSON and every `$ref` in them is an unchanged component. */
  unchangedNode(before: unknown, after: unknown): boolean {
    const refs = refsOfSame(before, after);
    return refs?.every((ref) => this.unchangedComponent(ref)) ?? false;
  }

  #refsOfSameTarget(ref: string): string[] | undefined {
    if (this.#sameTarget.has(ref)) return this.#sameTarget.get(ref);
    const target = valueAt(this.oldDocument, ref);
    const refs = target === undefined ? undefined : refsOfSame(target, valueAt(this.newDocument, ref));
    this.#sameTarget.set(ref, refs);
    return refs;
  }

  report(rule: RuleId, location: string, flow: Direction, place: Place, params: Record<string, string>): void {
    this.findings.push({ rule, location, flow, place, params });
  }
}

/** The second step: the rules table turns each finding into a change with its verdict and message. */
export function applyRules(findings: readonly Finding[]): Change[] {
  return findings.map(({ rule: id, location, flow, place, params }) => {
    const rule = ruleFor(id);
    if (!rule.places.includes(place)) throw new Error(`specs:diff rule \`${id}\` does not apply to a ${place}`);
    const message = rule.message.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`specs:diff rule \`${id}\`: no value for {${name}}`);
      return value;
    });
    const breaking = rule.breaks === "both" || rule.breaks === flow;
    return { kind: rule.kind, rule: rule.id, location, breaking, message };
  });
}

/** The `$ref`s named in `before` when `after` is the same JSON; undefined when it is not. */
function refsOfSame(before: unknown, after: unknown): string[] | undefined {
  const text = JSON.stringify(before) ?? "";
  if (text !== (JSON.stringify(after) ?? "")) return undefined;
  return [...text.matchAll(/"\$ref":"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
}

/** Keys that document and change no code: compared, and reported as `documentation-changed`. */
export const documentationKeys = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
  "$comment",
  "tags",
]);

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function code(value: unknown): string {
  return `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
}

/**
 * Compares the keys of two objects that the caller does not model itself: documentation keys are
 * `documentation-changed`, anything else `other-changed` (never silently equal).
 */
export function compareRemainingKeys(
  context: DiffContext,
  oldNode: Json,
  newNode: Json,
  handled: ReadonlySet<string>,
  location: string,
  subject: string,
  flow: Direction,
  place: Place,
): void {
  const keys = new Set([...Object.keys(oldNode), ...Object.keys(newNode)]);
  for (const key of keys) {
    if (handled.has(key) || sameJson(oldNode[key], newNode[key])) continue;
    const what = oldNode[key] === undefined ? "added" : newNode[key] === undefined ? "removed" : "changed";
    const params = { subject, key: `\`${key}\``, what, old: describe(oldNode[key]), new: describe(newNode[key]) };
    const rule = documentationKeys.has(key) ? "documentation-changed" : "other-changed";
    context.report(rule, pointer(location, key), flow, place, params);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "absent";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${isObject(value) ? "{…}" : `${text.slice(0, 57)}…`}` : text;
}
