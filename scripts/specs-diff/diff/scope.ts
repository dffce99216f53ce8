// What every differ works with: the pair of documents (`DiffContext`) and where it is in them
// (`Scope`), through which it emits what it finds.
import { pointer, valueAt } from "../../pipeline/json-ref.ts";
import type { Finding } from "../apply-rules.ts";
import type { Facts, Place, RuleEvent } from "../rules.ts";

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

/** The two documents, what was found in them, and which of their components are unchanged. */
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
}

/** The `$ref`s named in `before` when `after` is the same JSON; undefined when it is not. */
function refsOfSame(before: unknown, after: unknown): string[] | undefined {
  const text = JSON.stringify(before) ?? "";
  if (text !== (JSON.stringify(after) ?? "")) return undefined;
  return [...text.matchAll(/"\$ref":"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
}

interface ScopeFields {
  context: DiffContext;
  /** JSON pointer of the node compared, through `$ref`s as the operation sees them. */
  location: string;
  /** Human name of the node, e.g. "POST /a: request body (application/json)". */
  subject: string;
  /** Which way the data here flows. */
  direction: Direction;
  place: Place;
  /** Which part of the exchange the node belongs to: the operation's request, or a response. */
  part: "request" | "response";
  /** Dotted path of a field inside a schema; "" at the schema's top. */
  field: string;
}

/** Where a differ is: one object passed down instead of a list of positional arguments. */
export class Scope implements ScopeFields {
  readonly context: DiffContext;
  readonly location: string;
  readonly subject: string;
  readonly direction: Direction;
  readonly place: Place;
  readonly part: "request" | "response";
  readonly field: string;

  constructor(fields: ScopeFields) {
    this.context = fields.context;
    this.location = fields.location;
    this.subject = fields.subject;
    this.direction = fields.direction;
    this.place = fields.place;
    this.part = fields.part;
    this.field = fields.field;
  }

  get oldDocument(): Json {
    return this.context.oldDocument;
  }

  get newDocument(): Json {
    return this.context.newDocument;
  }

  /** The subject with the field inside it, as messages name it. */
  get label(): string {
    return this.field ? `${this.subject} field \`${this.field}\`` : this.subject;
  }

  with(changes: Partial<ScopeFields>): Scope {
    return new Scope({ ...this, ...changes });
  }

  /** The same scope further into the document. */
  at(...segments: Array<string | number>): Scope {
    return this.with({ location: pointer(this.location, ...segments) });
  }

  /**
   * Reports what was found here: `params` fill the rule's message (`subject` is the scope's
   * label unless given), `facts` tell apart the rows that share the event (`part` is the scope's).
   */
  emit(event: RuleEvent, params: Record<string, string> = {}, facts: Facts = {}): void {
    this.context.findings.push({
      event,
      location: this.location,
      flow: this.direction,
      place: this.place,
      facts: { part: this.part, ...facts },
      params: { subject: this.label, ...params },
    });
  }
}
