import { isObject, pointer } from "../pipeline/json-ref.ts";
import type { Change, ChangeKind } from "./change.ts";

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

export class DiffContext {
  readonly changes: Change[] = [];
  readonly oldDocument: Json;
  readonly newDocument: Json;

  constructor(oldDocument: Json, newDocument: Json) {
    this.oldDocument = oldDocument;
    this.newDocument = newDocument;
  }

  report(kind: ChangeKind, location: string, breaking: boolean, message: string): void {
    this.changes.push({ kind, location, breaking, message });
  }
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
): void {
  const keys = new Set([...Object.keys(oldNode), ...Object.keys(newNode)]);
  for (const key of keys) {
    if (handled.has(key) || sameJson(oldNode[key], newNode[key])) continue;
    const what = oldNode[key] === undefined ? "added" : newNode[key] === undefined ? "removed" : "changed";
    if (documentationKeys.has(key)) {
      context.report("documentation-changed", pointer(location, key), false, `${subject}: \`${key}\` ${what}`);
    } else {
      context.report(
        "other-changed",
        pointer(location, key),
        false,
        `${subject}: \`${key}\` ${what} (${describe(oldNode[key])} → ${describe(newNode[key])}); not classified, review it`,
      );
    }
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "absent";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${isObject(value) ? "{…}" : `${text.slice(0, 57)}…`}` : text;
}
