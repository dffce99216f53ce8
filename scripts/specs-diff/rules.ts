// The rules of `pnpm specs:diff`, as data, one row per rule. The engine (diff-documents.ts and
// diff/) only finds differences and says what it saw: an event (`on`, by default the rule's id),
// where (`where`: its place) and, where one event falls under several rows, the facts that tell them
// apart (`when`: required or optional, which part of the exchange, tighter or looser…). This table
// alone names the rule, decides whether it breaks code written against the OLD document, the bump it
// calls for and how it reads. RULES.md and the README's rule summary are rendered from it
// (render-rules.ts), and every row has a hand-made fixture pair in scripts/tests/specs-diff/fixtures/cases/.
//
// Modelled on how oasdiff writes its checks (one id per change and place, set/unset/changed as
// separate checks, severity by which side of the exchange a change narrows), but judged from a
// generated TypeScript client: what it sends must still be accepted, what it receives must still
// fit its types.

/**
 * Where a difference is found: the client's `request` (operations, parameters, bodies, their
 * security and servers), the `response` it gets back, a `callback` or webhook (the provider calls
 * us: request data flows to the client there), or the `document` outside any operation.
 */
export type Place = "request" | "response" | "callback" | "document";

/**
 * Which flow of data the change breaks: `request` when the data flows from the client (it must
 * still be accepted), `response` when it flows to the client (it must still fit the types the
 * client was written against), `both`, or `neither`. Inside callbacks the flows swap sides: the
 * provider sends the request there, and the client's handler sends the response.
 */
export type Breaks = "request" | "response" | "both" | "neither";

/** What the engine knows about a difference beyond its event; `part` (`request` or `response`) always. */
export type Facts = Readonly<Record<string, string | boolean>>;

export interface Rule {
  id: string;
  /** The event the engine reports for this row; by default the id. */
  on?: string;
  /** The facts the event must carry for this row to judge it (rows sharing an event differ here or in `where`). */
  when?: Facts;
  /** The family the change is reported under (`Change.kind`); by default the id. */
  kind?: string;
  where: readonly Place[];
  breaks: Breaks;
  /** The bump when the change does not break where it is found (by default `minor`); breaking is always `major`. */
  bump?: "patch";
  /** `{name}` is replaced by the engine's value of that name. */
  message: string;
}

const api = ["request", "callback"] as const;
const schemas = ["request", "response", "callback"] as const;
const answers = ["response", "callback"] as const;
const anywhere = ["request", "response", "callback", "document"] as const;

// biome-ignore format: one row per line, so that the table reads down its columns
export const rules = [
  // Operations
  { id: "operation-added", where: api, breaks: "neither", message: "{operation} added" },
  { id: "operation-removed", where: api, breaks: "both", message: "{operation} removed" },
  { id: "operation-id-added", kind: "operation-id-changed", where: api, breaks: "neither", message: "{subject}: operationId {value} added" },
  // `operations[operationId]` in the generated types: code using the old name stops compiling.
  { id: "operation-id-renamed", on: "operation-id-changed", kind: "operation-id-changed", where: ["request"], breaks: "both", message: "{subject}: operationId {change}" },
  // Callback operations are not keyed by operationId in the generated types.
  { id: "callback-operation-id-changed", on: "operation-id-changed", kind: "operation-id-changed", where: ["callback"], breaks: "neither", message: "{subject}: operationId {change}" },
  { id: "deprecation-changed", where: schemas, breaks: "neither", message: "{subject}: {state}" },

  // Parameters
  { id: "parameter-added-required", on: "parameter-added", when: { required: true }, kind: "parameter-added", where: api, breaks: "request", message: "{subject} added (required)" },
  { id: "parameter-added-optional", on: "parameter-added", when: { required: false }, kind: "parameter-added", where: api, breaks: "neither", message: "{subject} added (optional)" },
  { id: "parameter-removed", where: api, breaks: "both", message: "{subject} removed" },
  { id: "parameter-required", where: api, breaks: "request", message: "{subject} is now required" },
  { id: "parameter-optional", where: api, breaks: "response", message: "{subject} is now optional" },
  // HTTP ignores a header's case and a path parameter's label; the generated types key them by name.
  { id: "parameter-renamed", where: api, breaks: "request", message: "{subject}: renamed from {old}" },
  { id: "parameter-style-changed", where: api, breaks: "request", message: "{subject}: {key} changed from {old} to {new}" },

  // Request bodies and media types
  { id: "request-body-added-required", on: "request-body-added", when: { required: true }, kind: "request-body-added", where: api, breaks: "request", message: "{subject} added (required)" },
  { id: "request-body-added-optional", on: "request-body-added", when: { required: false }, kind: "request-body-added", where: api, breaks: "neither", message: "{subject} added (optional)" },
  { id: "request-body-removed", where: api, breaks: "both", message: "{subject} removed" },
  { id: "request-body-required", where: api, breaks: "request", message: "{subject} is now required" },
  { id: "request-body-optional", where: api, breaks: "response", message: "{subject} is now optional" },
  { id: "request-media-type-added", on: "media-type-added", when: { part: "request" }, where: api, breaks: "neither", message: "{subject}: media type {type} added" },
  { id: "request-media-type-removed", on: "media-type-removed", when: { part: "request" }, where: api, breaks: "both", message: "{subject}: media type {type} removed" },
  // `application/problem+json` → `application/json`, `image/png` → `image/*`: the same body, named more broadly.
  { id: "request-media-type-generalized", on: "media-type-changed", when: { part: "request", relation: "generalized" }, kind: "request-media-type-changed", where: api, breaks: "neither", message: "{subject}: media type {old} generalized to {new}" },
  { id: "request-media-type-specialized", on: "media-type-changed", when: { part: "request", relation: "specialized" }, kind: "request-media-type-changed", where: api, breaks: "request", message: "{subject}: media type {old} specialized to {new}" },

  // Properties (request side): a readOnly property is never sent, so it is out of these rules there.
  { id: "request-property-added-required", on: "property-added", when: { part: "request", required: true }, kind: "request-property-added", where: schemas, breaks: "request", message: "{subject} added (required)" },
  { id: "request-property-added-optional", on: "property-added", when: { part: "request", required: false }, kind: "request-property-added", where: schemas, breaks: "neither", message: "{subject} added (optional)" },
  { id: "request-property-removed", on: "property-removed", when: { part: "request" }, where: schemas, breaks: "both", message: "{subject} removed" },
  { id: "request-property-required", on: "property-required", when: { part: "request" }, where: schemas, breaks: "request", message: "{subject} is now required" },
  { id: "request-property-optional", on: "property-optional", when: { part: "request" }, where: schemas, breaks: "response", message: "{subject} is now optional" },
  // Properties (response side): a writeOnly property is never received, so it is out of these rules there.
  { id: "response-property-added-required", on: "property-added", when: { part: "response", required: true }, kind: "response-property-added", where: schemas, breaks: "request", message: "{subject} added (required)" },
  { id: "response-property-added-optional", on: "property-added", when: { part: "response", required: false }, kind: "response-property-added", where: schemas, breaks: "neither", message: "{subject} added (optional)" },
  { id: "response-property-removed", on: "property-removed", when: { part: "response" }, where: schemas, breaks: "both", message: "{subject} removed" },
  { id: "response-property-required", on: "property-required", when: { part: "response" }, where: schemas, breaks: "request", message: "{subject} is now required" },
  { id: "response-property-optional", on: "property-optional", when: { part: "response" }, where: schemas, breaks: "response", message: "{subject} is now optional" },
  // readOnly / writeOnly: the property leaves the side of the exchange that carries it (like a
  // removal: senders' code names it, receivers lose it) or joins it (like an addition).
  { id: "read-only-added", on: "property-hidden", when: { part: "request" }, kind: "read-write-changed", where: schemas, breaks: "both", message: "{subject} is now readOnly (no longer sent)" },
  { id: "read-only-removed", on: "property-shown", when: { part: "request", required: false }, kind: "read-write-changed", where: schemas, breaks: "neither", message: "{subject} is no longer readOnly (optional to send)" },
  { id: "read-only-removed-required", on: "property-shown", when: { part: "request", required: true }, kind: "read-write-changed", where: schemas, breaks: "request", message: "{subject} is no longer readOnly and is required: it must now be sent" },
  { id: "write-only-added", on: "property-hidden", when: { part: "response" }, kind: "read-write-changed", where: schemas, breaks: "both", message: "{subject} is now writeOnly (no longer received)" },
  { id: "write-only-removed", on: "property-shown", when: { part: "response", required: false }, kind: "read-write-changed", where: schemas, breaks: "neither", message: "{subject} is no longer writeOnly (now received)" },
  { id: "write-only-removed-required", on: "property-shown", when: { part: "response", required: true }, kind: "read-write-changed", where: schemas, breaks: "request", message: "{subject} is no longer writeOnly and is required: a handler must now send it" },
  { id: "read-only-property-changed", on: "hidden-property-changed", when: { part: "request" }, kind: "read-write-changed", where: schemas, breaks: "neither", message: "{subject} (readOnly, never sent): {change}" },
  { id: "write-only-property-changed", on: "hidden-property-changed", when: { part: "response" }, kind: "read-write-changed", where: schemas, breaks: "neither", message: "{subject} (writeOnly, never received): {change}" },
  { id: "property-forbidden", kind: "constraint-changed", where: schemas, breaks: "request", message: "{subject} is now forbidden" },

  // Responses
  { id: "success-status-added", on: "status-added", when: { success: true }, where: answers, breaks: "response", message: "{subject}: success response {status} added" },
  { id: "success-status-removed", on: "status-removed", when: { success: true }, where: answers, breaks: "both", message: "{subject}: success response {status} removed" },
  { id: "error-status-added", on: "status-added", when: { success: false }, where: answers, breaks: "neither", message: "{subject}: error response {status} added" },
  // Typed errors narrow on the status: code handling it no longer compiles.
  { id: "error-status-removed", on: "status-removed", when: { success: false }, where: answers, breaks: "response", message: "{subject}: error response {status} removed" },
  { id: "response-media-type-added", on: "media-type-added", when: { part: "response" }, where: answers, breaks: "neither", message: "{subject}: media type {type} added" },
  { id: "response-media-type-removed", on: "media-type-removed", when: { part: "response" }, where: answers, breaks: "both", message: "{subject}: media type {type} removed" },
  { id: "response-media-type-generalized", on: "media-type-changed", when: { part: "response", relation: "generalized" }, kind: "response-media-type-changed", where: answers, breaks: "neither", message: "{subject}: media type {old} generalized to {new}" },
  { id: "response-media-type-specialized", on: "media-type-changed", when: { part: "response", relation: "specialized" }, kind: "response-media-type-changed", where: answers, breaks: "request", message: "{subject}: media type {old} specialized to {new}" },
  { id: "response-header-added", where: answers, breaks: "neither", message: "{subject}: header {name} added" },
  { id: "response-header-removed", where: answers, breaks: "both", message: "{subject}: header {name} removed" },

  // Values
  { id: "enum-value-added", kind: "enum-widened", where: schemas, breaks: "response", message: "{subject}: {values} added" },
  { id: "enum-value-removed", kind: "enum-narrowed", where: schemas, breaks: "request", message: "{subject}: {values} removed" },
  { id: "enum-limit-removed", kind: "enum-widened", where: schemas, breaks: "response", message: "{subject}: no longer limited to {values}" },
  { id: "enum-limit-added", kind: "enum-narrowed", where: schemas, breaks: "request", message: "{subject}: now limited to {values}" },
  // `x-extensible-enum` (Zalando's guidelines): receivers must expect unlisted values already.
  { id: "extensible-enum-value-added", kind: "enum-widened", where: schemas, breaks: "neither", message: "{subject}: `x-extensible-enum` {values} added" },
  { id: "extensible-enum-value-removed", kind: "enum-narrowed", where: schemas, breaks: "request", message: "{subject}: `x-extensible-enum` {values} removed" },
  { id: "extensible-enum-added", kind: "enum-narrowed", where: schemas, breaks: "request", message: "{subject}: now limited to `x-extensible-enum` {values}" },
  { id: "extensible-enum-removed", kind: "enum-widened", where: schemas, breaks: "neither", message: "{subject}: `x-extensible-enum` {values} removed" },
  { id: "variant-added", where: schemas, breaks: "response", message: "{subject}: {keyword} branch {name} added" },
  { id: "variant-removed", where: schemas, breaks: "request", message: "{subject}: {keyword} branch {name} removed" },
  // anyOf accepts what oneOf accepts and more (overlapping branches): oneOf is the tighter one.
  { id: "variants-became-one-of", kind: "constraint-changed", where: schemas, breaks: "request", message: "{subject}: `anyOf` became `oneOf` (tighter)" },
  // Both generate the same union type: a receiver does not see the difference.
  { id: "variants-became-any-of", kind: "constraint-changed", where: schemas, breaks: "neither", message: "{subject}: `oneOf` became `anyOf` (looser)" },
  // The generator turns a discriminator into literal types for its property.
  { id: "discriminator-added", kind: "discriminator-changed", where: schemas, breaks: "request", message: "{subject}: discriminator {property} added" },
  { id: "discriminator-removed", kind: "discriminator-changed", where: schemas, breaks: "response", message: "{subject}: discriminator {property} removed" },
  { id: "discriminator-property-changed", kind: "discriminator-changed", where: schemas, breaks: "both", message: "{subject}: discriminator property changed from {old} to {new}" },
  { id: "discriminator-mapping-added", kind: "discriminator-changed", where: schemas, breaks: "response", message: "{subject}: discriminator value {value} added" },
  { id: "discriminator-mapping-removed", kind: "discriminator-changed", where: schemas, breaks: "request", message: "{subject}: discriminator value {value} removed" },
  { id: "discriminator-mapping-changed", kind: "discriminator-changed", where: schemas, breaks: "both", message: "{subject}: discriminator value {value} now maps to {new} (was {old})" },

  // Types
  { id: "type-widened", on: "type-changed", when: { relation: "wider" }, kind: "type-changed", where: schemas, breaks: "response", message: "{subject}: type changed from {old} to {new} (wider)" },
  { id: "type-narrowed", on: "type-changed", when: { relation: "narrower" }, kind: "type-changed", where: schemas, breaks: "request", message: "{subject}: type changed from {old} to {new} (narrower)" },
  { id: "type-replaced", on: "type-changed", when: { relation: "unrelated" }, kind: "type-changed", where: schemas, breaks: "both", message: "{subject}: type changed from {old} to {new}" },
  { id: "nullable-added", kind: "nullability-changed", where: schemas, breaks: "response", message: "{subject}: may now be null" },
  { id: "nullable-removed", kind: "nullability-changed", where: schemas, breaks: "request", message: "{subject}: may no longer be null" },
  { id: "format-added", kind: "format-changed", where: schemas, breaks: "request", message: "{subject}: format {new} added" },
  { id: "format-removed", kind: "format-changed", where: schemas, breaks: "response", message: "{subject}: format {old} removed" },
  { id: "format-replaced", kind: "format-changed", where: schemas, breaks: "both", message: "{subject}: format changed from {old} to {new}" },
  // `prefixItems` makes the generated array type a tuple.
  { id: "prefix-items-added", kind: "type-changed", where: schemas, breaks: "both", message: "{subject}: `prefixItems` added (a tuple now)" },
  { id: "prefix-items-removed", kind: "type-changed", where: schemas, breaks: "response", message: "{subject}: `prefixItems` removed (no longer a tuple)" },
  { id: "prefix-items-changed", kind: "type-changed", where: schemas, breaks: "both", message: "{subject}: `prefixItems` changed" },
  { id: "items-added", kind: "constraint-changed", where: schemas, breaks: "request", message: "{subject}: item schema added (tighter)" },
  { id: "items-removed", kind: "constraint-changed", where: schemas, breaks: "response", message: "{subject}: item schema removed (looser)" },

  // Constraints: tighter breaks what the client sends, looser breaks what it receives.
  { id: "constraint-tightened", on: "constraint-changed", when: { tighter: true }, kind: "constraint-changed", where: schemas, breaks: "request", message: "{subject}: {keyword} {change} (tighter)" },
  { id: "constraint-loosened", on: "constraint-changed", when: { tighter: false }, kind: "constraint-changed", where: schemas, breaks: "response", message: "{subject}: {keyword} {change} (looser)" },
  // Patterns are compared as languages (refa): only a provable superset or subset gets a direction.
  { id: "pattern-replaced", kind: "constraint-changed", where: schemas, breaks: "both", message: "{subject}: `pattern` changed from {old} to {new} (neither contains the other)" },
  // JSON Schema 2020-12 keywords that only ever restrict: `contains`, `if`/`then`/`else`, `not`, `dependentRequired`…
  { id: "keyword-added", kind: "constraint-changed", where: schemas, breaks: "request", message: "{subject}: {keyword} added (tighter)" },
  { id: "keyword-removed", kind: "constraint-changed", where: schemas, breaks: "response", message: "{subject}: {keyword} removed (looser)" },
  { id: "keyword-changed", kind: "constraint-changed", where: schemas, breaks: "both", message: "{subject}: {keyword} changed" },
  { id: "additional-properties-closed", kind: "constraint-changed", where: schemas, breaks: "request", message: "{subject}: unlisted properties are no longer allowed (tighter)" },
  // The generated types have no index signature either way: a receiver does not see it.
  { id: "additional-properties-opened", kind: "constraint-changed", where: schemas, breaks: "neither", message: "{subject}: unlisted properties are now allowed (looser)" },
  { id: "additional-properties-schema-added", kind: "constraint-changed", where: schemas, breaks: "request", message: "{subject}: `additionalProperties` schema added" },
  { id: "additional-properties-schema-removed", kind: "constraint-changed", where: schemas, breaks: "neither", message: "{subject}: `additionalProperties` schema removed" },
  { id: "default-changed", where: schemas, breaks: "request", message: "{subject}: default changed from {old} to {new}" },
  { id: "default-added", kind: "default-changed", where: schemas, breaks: "neither", message: "{subject}: default {new} added" },
  { id: "default-removed", kind: "default-changed", where: schemas, breaks: "neither", message: "{subject}: default {old} removed" },

  // Security and servers
  { id: "security-requirement-added", where: ["request"], breaks: "neither", message: "{subject}: accepted security {requirement} added" },
  // Alternatives are ORed: a caller still gets in while a remaining one asks no more of it.
  { id: "security-requirement-removed", when: { stillServed: false }, where: ["request"], breaks: "both", message: "{subject}: accepted security {requirement} removed" },
  { id: "security-requirement-removed-still-served", on: "security-requirement-removed", when: { stillServed: true }, kind: "security-requirement-removed", where: ["request"], breaks: "neither", message: "{subject}: accepted security {requirement} removed (still served by a weaker one)" },
  { id: "security-scheme-changed", when: { used: true }, where: ["request"], breaks: "both", message: "{subject}: {key} changed from {old} to {new}" },
  { id: "unused-security-scheme-changed", on: "security-scheme-changed", when: { used: false }, kind: "security-scheme-changed", where: ["document"], breaks: "neither", message: "{subject} (no operation uses it): {key} changed from {old} to {new}" },
  { id: "security-scheme-added", where: ["document"], breaks: "neither", message: "{subject} added{usage}" },
  { id: "security-scheme-removed", when: { used: false }, where: ["document"], breaks: "neither", message: "{subject} removed (no operation used it)" },
  { id: "security-scheme-removed-used", on: "security-scheme-removed", when: { used: true }, kind: "security-scheme-removed", where: ["document"], breaks: "both", message: "{subject} removed (operations used it)" },
  { id: "server-added", where: ["request", "document"], breaks: "neither", message: "{subject}: server {url} added" },
  { id: "server-removed", where: ["request", "document"], breaks: "both", message: "{subject}: server {url} removed" },
  // Clients take the first server as the default base URL.
  { id: "server-default-changed", where: ["request", "document"], breaks: "both", message: "{subject}: default (first) server changed from {old} to {new}" },

  // Callbacks, webhooks, error codes
  { id: "callback-added", where: ["request"], breaks: "neither", message: "{subject}: callback {name} added" },
  { id: "callback-removed", where: ["request"], breaks: "both", message: "{subject}: callback {name} removed" },
  { id: "webhook-added", where: ["callback"], breaks: "neither", message: "webhook {name} added" },
  { id: "webhook-removed", where: ["callback"], breaks: "both", message: "webhook {name} removed" },
  // Codes this project's generator derives from error examples (`x-image-sdk-error-code`): clients narrow on them.
  { id: "error-code-added", where: ["document"], breaks: "neither", message: "documented error code {code} ({status}) added" },
  { id: "error-code-removed", where: ["document"], breaks: "both", message: "documented error code {code} ({status}) removed" },

  // Everything else
  { id: "documentation-changed", where: anywhere, breaks: "neither", bump: "patch", message: "{subject}: {key} {what}" },
  { id: "other-changed", where: anywhere, breaks: "neither", message: "{subject}: {key} {what} ({old} → {new}); not classified, review it" },
  // `--typecheck`: the compiler rejects code written against OLD where no rule saw a break.
  { id: "type-incompatible", where: schemas, breaks: "both", message: "{subject}: code written against OLD no longer compiles ({reason})" },
] as const satisfies readonly Rule[];

type Row = (typeof rules)[number];
type Named<R, Key extends string> = R extends { [K in Key]: infer Name extends string }
  ? Name
  : R extends { id: infer Id extends string }
    ? Id
    : never;
/** Every event the engine may report: a row's `on`, or its id. */
export type RuleEvent = Named<Row, "on">;
/** Every family a change is reported under: a row's `kind`, or its id. */
export type ChangeKind = Named<Row, "kind">;

export function kindOf(rule: Rule): string {
  return rule.kind ?? rule.id;
}

export function bumpOf(rule: Rule): "minor" | "patch" {
  return rule.bump ?? "minor";
}

const table: readonly Rule[] = rules;
const byId = new Map(table.map((rule) => [rule.id, rule]));
const byEvent = new Map<string, Rule[]>();
for (const rule of table) byEvent.set(rule.on ?? rule.id, [...(byEvent.get(rule.on ?? rule.id) ?? []), rule]);

export function ruleFor(id: string): Rule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`specs:diff has no rule \`${id}\``);
  return rule;
}

/**
 * The one row that judges `event` found at `place` with `facts`: its place is in the row's `where`
 * and every fact the row names has the value it names. None or several is a bug in the table.
 */
export function ruleOn(event: string, place: Place, facts: Facts): Rule {
  const matching = (byEvent.get(event) ?? []).filter(
    (rule) =>
      rule.where.includes(place) && Object.entries(rule.when ?? {}).every(([name, value]) => facts[name] === value),
  );
  if (matching.length === 1 && matching[0]) return matching[0];
  const found = matching.length
    ? `rows ${matching.map((rule) => `\`${rule.id}\``).join(", ")} all match`
    : "no row matches";
  throw new Error(`specs:diff: ${found} \`${event}\` in a ${place} with ${JSON.stringify(facts)}`);
}
