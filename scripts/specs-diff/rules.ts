// The rules of `pnpm specs:diff`, as data. The engine (diff-documents.ts, diff-schemas.ts) only
// finds differences and names the rule each one falls under; this table alone decides whether it
// breaks code written against the OLD document, the bump it calls for and how it reads. RULES.md and
// the README's rule summary are rendered from it (render-rules.ts), and every row has a hand-made
// fixture pair in scripts/tests/specs-diff/fixtures/cases/.
//
// Modelled on how oasdiff writes its checks (one id per change and place, set/unset/changed as
// separate checks, severity by which side of the exchange a change narrows), but judged from a
// generated TypeScript client: what it sends must still be accepted, what it receives must still
// fit its types.
import type { ChangeKind } from "./change.ts";

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

export interface Rule {
  id: string;
  kind: ChangeKind;
  places: readonly Place[];
  breaks: Breaks;
  /** The bump when the change does not break where it is found; a breaking change is always `major`. */
  bump: "minor" | "patch";
  /** `{name}` is replaced by the engine's value of that name. */
  message: string;
}

const api = ["request", "callback"] as const;
const schemas = ["request", "response", "callback"] as const;
const answers = ["response", "callback"] as const;

export const rules = [
  // Operations
  {
    id: "operation-added",
    kind: "operation-added",
    places: api,
    breaks: "neither",
    bump: "minor",
    message: "{operation} added",
  },
  {
    id: "operation-removed",
    kind: "operation-removed",
    places: api,
    breaks: "both",
    bump: "minor",
    message: "{operation} removed",
  },
  {
    id: "operation-id-added",
    kind: "operation-id-changed",
    places: api,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: operationId {value} added",
  },
  // `operations[operationId]` in the generated types: code using the old name stops compiling.
  {
    id: "operation-id-renamed",
    kind: "operation-id-changed",
    places: ["request"],
    breaks: "both",
    bump: "minor",
    message: "{subject}: operationId {change}",
  },
  // Callback operations are not keyed by operationId in the generated types.
  {
    id: "callback-operation-id-changed",
    kind: "operation-id-changed",
    places: ["callback"],
    breaks: "neither",
    bump: "minor",
    message: "{subject}: operationId {change}",
  },
  {
    id: "deprecation-changed",
    kind: "deprecation-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: {state}",
  },

  // Parameters
  {
    id: "parameter-added-required",
    kind: "parameter-added",
    places: api,
    breaks: "request",
    bump: "minor",
    message: "{subject} added (required)",
  },
  {
    id: "parameter-added-optional",
    kind: "parameter-added",
    places: api,
    breaks: "neither",
    bump: "minor",
    message: "{subject} added (optional)",
  },
  {
    id: "parameter-removed",
    kind: "parameter-removed",
    places: api,
    breaks: "both",
    bump: "minor",
    message: "{subject} removed",
  },
  {
    id: "parameter-required",
    kind: "parameter-required",
    places: api,
    breaks: "request",
    bump: "minor",
    message: "{subject} is now required",
  },
  {
    id: "parameter-optional",
    kind: "parameter-optional",
    places: api,
    breaks: "response",
    bump: "minor",
    message: "{subject} is now optional",
  },
  // HTTP ignores a header's case and a path parameter's label; the generated types key them by name.
  {
    id: "parameter-renamed",
    kind: "parameter-renamed",
    places: api,
    breaks: "request",
    bump: "minor",
    message: "{subject}: renamed from {old}",
  },
  {
    id: "parameter-style-changed",
    kind: "parameter-style-changed",
    places: api,
    breaks: "request",
    bump: "minor",
    message: "{subject}: {key} changed from {old} to {new}",
  },

  // Request bodies and media types
  {
    id: "request-body-added-required",
    kind: "request-body-added",
    places: api,
    breaks: "request",
    bump: "minor",
    message: "{subject} added (required)",
  },
  {
    id: "request-body-added-optional",
    kind: "request-body-added",
    places: api,
    breaks: "neither",
    bump: "minor",
    message: "{subject} added (optional)",
  },
  {
    id: "request-body-removed",
    kind: "request-body-removed",
    places: api,
    breaks: "both",
    bump: "minor",
    message: "{subject} removed",
  },
  {
    id: "request-body-required",
    kind: "request-body-required",
    places: api,
    breaks: "request",
    bump: "minor",
    message: "{subject} is now required",
  },
  {
    id: "request-body-optional",
    kind: "request-body-optional",
    places: api,
    breaks: "response",
    bump: "minor",
    message: "{subject} is now optional",
  },
  {
    id: "request-media-type-added",
    kind: "request-media-type-added",
    places: api,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: media type {type} added",
  },
  {
    id: "request-media-type-removed",
    kind: "request-media-type-removed",
    places: api,
    breaks: "both",
    bump: "minor",
    message: "{subject}: media type {type} removed",
  },
  // `application/problem+json` → `application/json`, `image/png` → `image/*`: the same body, named more broadly.
  {
    id: "request-media-type-generalized",
    kind: "request-media-type-changed",
    places: api,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: media type {old} generalized to {new}",
  },
  {
    id: "request-media-type-specialized",
    kind: "request-media-type-changed",
    places: api,
    breaks: "request",
    bump: "minor",
    message: "{subject}: media type {old} specialized to {new}",
  },

  // Properties (request side): a readOnly property is never sent, so it is out of these rules there.
  {
    id: "request-property-added-required",
    kind: "request-property-added",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject} added (required)",
  },
  {
    id: "request-property-added-optional",
    kind: "request-property-added",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject} added (optional)",
  },
  {
    id: "request-property-removed",
    kind: "request-property-removed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject} removed",
  },
  {
    id: "request-property-required",
    kind: "request-property-required",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject} is now required",
  },
  {
    id: "request-property-optional",
    kind: "request-property-optional",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject} is now optional",
  },
  // Properties (response side): a writeOnly property is never received, so it is out of these rules there.
  {
    id: "response-property-added-required",
    kind: "response-property-added",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject} added (required)",
  },
  {
    id: "response-property-added-optional",
    kind: "response-property-added",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject} added (optional)",
  },
  {
    id: "response-property-removed",
    kind: "response-property-removed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject} removed",
  },
  {
    id: "response-property-required",
    kind: "response-property-required",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject} is now required",
  },
  {
    id: "response-property-optional",
    kind: "response-property-optional",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject} is now optional",
  },
  // readOnly / writeOnly: the property leaves the side of the exchange that carries it (like a
  // removal: senders' code names it, receivers lose it) or joins it (like an addition).
  {
    id: "read-only-added",
    kind: "read-write-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject} is now readOnly (no longer sent)",
  },
  {
    id: "read-only-removed",
    kind: "read-write-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject} is no longer readOnly (optional to send)",
  },
  {
    id: "read-only-removed-required",
    kind: "read-write-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject} is no longer readOnly and is required: it must now be sent",
  },
  {
    id: "write-only-added",
    kind: "read-write-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject} is now writeOnly (no longer received)",
  },
  {
    id: "write-only-removed",
    kind: "read-write-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject} is no longer writeOnly (now received)",
  },
  {
    id: "write-only-removed-required",
    kind: "read-write-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject} is no longer writeOnly and is required: a handler must now send it",
  },
  {
    id: "read-only-property-changed",
    kind: "read-write-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject} (readOnly, never sent): {change}",
  },
  {
    id: "write-only-property-changed",
    kind: "read-write-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject} (writeOnly, never received): {change}",
  },
  {
    id: "property-forbidden",
    kind: "constraint-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject} is now forbidden",
  },

  // Responses
  {
    id: "success-status-added",
    kind: "success-status-added",
    places: answers,
    breaks: "response",
    bump: "minor",
    message: "{subject}: success response {status} added",
  },
  {
    id: "success-status-removed",
    kind: "success-status-removed",
    places: answers,
    breaks: "both",
    bump: "minor",
    message: "{subject}: success response {status} removed",
  },
  {
    id: "error-status-added",
    kind: "error-status-added",
    places: answers,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: error response {status} added",
  },
  // Typed errors narrow on the status: code handling it no longer compiles.
  {
    id: "error-status-removed",
    kind: "error-status-removed",
    places: answers,
    breaks: "response",
    bump: "minor",
    message: "{subject}: error response {status} removed",
  },
  {
    id: "response-media-type-added",
    kind: "response-media-type-added",
    places: answers,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: media type {type} added",
  },
  {
    id: "response-media-type-removed",
    kind: "response-media-type-removed",
    places: answers,
    breaks: "both",
    bump: "minor",
    message: "{subject}: media type {type} removed",
  },
  {
    id: "response-media-type-generalized",
    kind: "response-media-type-changed",
    places: answers,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: media type {old} generalized to {new}",
  },
  {
    id: "response-media-type-specialized",
    kind: "response-media-type-changed",
    places: answers,
    breaks: "request",
    bump: "minor",
    message: "{subject}: media type {old} specialized to {new}",
  },
  {
    id: "response-header-added",
    kind: "response-header-added",
    places: answers,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: header {name} added",
  },
  {
    id: "response-header-removed",
    kind: "response-header-removed",
    places: answers,
    breaks: "both",
    bump: "minor",
    message: "{subject}: header {name} removed",
  },

  // Values
  {
    id: "enum-value-added",
    kind: "enum-widened",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: {values} added",
  },
  {
    id: "enum-value-removed",
    kind: "enum-narrowed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: {values} removed",
  },
  {
    id: "enum-limit-removed",
    kind: "enum-widened",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: no longer limited to {values}",
  },
  {
    id: "enum-limit-added",
    kind: "enum-narrowed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: now limited to {values}",
  },
  // `x-extensible-enum` (Zalando's guidelines): receivers must expect unlisted values already.
  {
    id: "extensible-enum-value-added",
    kind: "enum-widened",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: `x-extensible-enum` {values} added",
  },
  {
    id: "extensible-enum-value-removed",
    kind: "enum-narrowed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: `x-extensible-enum` {values} removed",
  },
  {
    id: "extensible-enum-added",
    kind: "enum-narrowed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: now limited to `x-extensible-enum` {values}",
  },
  {
    id: "extensible-enum-removed",
    kind: "enum-widened",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: `x-extensible-enum` {values} removed",
  },
  {
    id: "variant-added",
    kind: "variant-added",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: {keyword} branch {name} added",
  },
  {
    id: "variant-removed",
    kind: "variant-removed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: {keyword} branch {name} removed",
  },
  // anyOf accepts what oneOf accepts and more (overlapping branches): oneOf is the tighter one.
  {
    id: "variants-became-one-of",
    kind: "constraint-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: `anyOf` became `oneOf` (tighter)",
  },
  // Both generate the same union type: a receiver does not see the difference.
  {
    id: "variants-became-any-of",
    kind: "constraint-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: `oneOf` became `anyOf` (looser)",
  },
  // The generator turns a discriminator into literal types for its property.
  {
    id: "discriminator-added",
    kind: "discriminator-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: discriminator {property} added",
  },
  {
    id: "discriminator-removed",
    kind: "discriminator-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: discriminator {property} removed",
  },
  {
    id: "discriminator-property-changed",
    kind: "discriminator-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: discriminator property changed from {old} to {new}",
  },
  {
    id: "discriminator-mapping-added",
    kind: "discriminator-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: discriminator value {value} added",
  },
  {
    id: "discriminator-mapping-removed",
    kind: "discriminator-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: discriminator value {value} removed",
  },
  {
    id: "discriminator-mapping-changed",
    kind: "discriminator-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: discriminator value {value} now maps to {new} (was {old})",
  },

  // Types
  {
    id: "type-widened",
    kind: "type-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: type changed from {old} to {new} (wider)",
  },
  {
    id: "type-narrowed",
    kind: "type-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: type changed from {old} to {new} (narrower)",
  },
  {
    id: "type-replaced",
    kind: "type-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: type changed from {old} to {new}",
  },
  {
    id: "nullable-added",
    kind: "nullability-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: may now be null",
  },
  {
    id: "nullable-removed",
    kind: "nullability-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: may no longer be null",
  },
  {
    id: "format-added",
    kind: "format-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: format {new} added",
  },
  {
    id: "format-removed",
    kind: "format-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: format {old} removed",
  },
  {
    id: "format-replaced",
    kind: "format-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: format changed from {old} to {new}",
  },
  // `prefixItems` makes the generated array type a tuple.
  {
    id: "prefix-items-added",
    kind: "type-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: `prefixItems` added (a tuple now)",
  },
  {
    id: "prefix-items-removed",
    kind: "type-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: `prefixItems` removed (no longer a tuple)",
  },
  {
    id: "prefix-items-changed",
    kind: "type-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: `prefixItems` changed",
  },
  {
    id: "items-added",
    kind: "constraint-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: item schema added (tighter)",
  },
  {
    id: "items-removed",
    kind: "constraint-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: item schema removed (looser)",
  },

  // Constraints: tighter breaks what the client sends, looser breaks what it receives.
  {
    id: "constraint-tightened",
    kind: "constraint-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: {keyword} {change} (tighter)",
  },
  {
    id: "constraint-loosened",
    kind: "constraint-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: {keyword} {change} (looser)",
  },
  // Patterns are compared as languages (refa): only a provable superset or subset gets a direction.
  {
    id: "pattern-replaced",
    kind: "constraint-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: `pattern` changed from {old} to {new} (neither contains the other)",
  },
  // JSON Schema 2020-12 keywords that only ever restrict: `contains`, `if`/`then`/`else`, `not`, `dependentRequired`…
  {
    id: "keyword-added",
    kind: "constraint-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: {keyword} added (tighter)",
  },
  {
    id: "keyword-removed",
    kind: "constraint-changed",
    places: schemas,
    breaks: "response",
    bump: "minor",
    message: "{subject}: {keyword} removed (looser)",
  },
  {
    id: "keyword-changed",
    kind: "constraint-changed",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: {keyword} changed",
  },
  {
    id: "additional-properties-closed",
    kind: "constraint-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: unlisted properties are no longer allowed (tighter)",
  },
  // The generated types have no index signature either way: a receiver does not see it.
  {
    id: "additional-properties-opened",
    kind: "constraint-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: unlisted properties are now allowed (looser)",
  },
  {
    id: "additional-properties-schema-added",
    kind: "constraint-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: `additionalProperties` schema added",
  },
  {
    id: "additional-properties-schema-removed",
    kind: "constraint-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: `additionalProperties` schema removed",
  },
  {
    id: "default-changed",
    kind: "default-changed",
    places: schemas,
    breaks: "request",
    bump: "minor",
    message: "{subject}: default changed from {old} to {new}",
  },
  {
    id: "default-added",
    kind: "default-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: default {new} added",
  },
  {
    id: "default-removed",
    kind: "default-changed",
    places: schemas,
    breaks: "neither",
    bump: "minor",
    message: "{subject}: default {old} removed",
  },

  // Security and servers
  {
    id: "security-requirement-added",
    kind: "security-requirement-added",
    places: ["request"],
    breaks: "neither",
    bump: "minor",
    message: "{subject}: accepted security {requirement} added",
  },
  // Alternatives are ORed: a caller still gets in while a remaining one asks no more of it.
  {
    id: "security-requirement-removed",
    kind: "security-requirement-removed",
    places: ["request"],
    breaks: "both",
    bump: "minor",
    message: "{subject}: accepted security {requirement} removed",
  },
  {
    id: "security-requirement-removed-still-served",
    kind: "security-requirement-removed",
    places: ["request"],
    breaks: "neither",
    bump: "minor",
    message: "{subject}: accepted security {requirement} removed (still served by a weaker one)",
  },
  {
    id: "security-scheme-changed",
    kind: "security-scheme-changed",
    places: ["request"],
    breaks: "both",
    bump: "minor",
    message: "{subject}: {key} changed from {old} to {new}",
  },
  {
    id: "unused-security-scheme-changed",
    kind: "security-scheme-changed",
    places: ["document"],
    breaks: "neither",
    bump: "minor",
    message: "{subject} (no operation uses it): {key} changed from {old} to {new}",
  },
  {
    id: "security-scheme-added",
    kind: "security-scheme-added",
    places: ["document"],
    breaks: "neither",
    bump: "minor",
    message: "{subject} added{usage}",
  },
  {
    id: "security-scheme-removed",
    kind: "security-scheme-removed",
    places: ["document"],
    breaks: "neither",
    bump: "minor",
    message: "{subject} removed (no operation used it)",
  },
  {
    id: "security-scheme-removed-used",
    kind: "security-scheme-removed",
    places: ["document"],
    breaks: "both",
    bump: "minor",
    message: "{subject} removed (operations used it)",
  },
  {
    id: "server-added",
    kind: "server-added",
    places: ["request", "document"],
    breaks: "neither",
    bump: "minor",
    message: "{subject}: server {url} added",
  },
  {
    id: "server-removed",
    kind: "server-removed",
    places: ["request", "document"],
    breaks: "both",
    bump: "minor",
    message: "{subject}: server {url} removed",
  },
  // Clients take the first server as the default base URL.
  {
    id: "server-default-changed",
    kind: "server-default-changed",
    places: ["request", "document"],
    breaks: "both",
    bump: "minor",
    message: "{subject}: default (first) server changed from {old} to {new}",
  },

  // Callbacks, webhooks, error codes
  {
    id: "callback-added",
    kind: "callback-added",
    places: ["request"],
    breaks: "neither",
    bump: "minor",
    message: "{subject}: callback {name} added",
  },
  {
    id: "callback-removed",
    kind: "callback-removed",
    places: ["request"],
    breaks: "both",
    bump: "minor",
    message: "{subject}: callback {name} removed",
  },
  {
    id: "webhook-added",
    kind: "webhook-added",
    places: ["callback"],
    breaks: "neither",
    bump: "minor",
    message: "webhook {name} added",
  },
  {
    id: "webhook-removed",
    kind: "webhook-removed",
    places: ["callback"],
    breaks: "both",
    bump: "minor",
    message: "webhook {name} removed",
  },
  // Codes this project's generator derives from error examples (`x-image-sdk-error-code`): clients narrow on them.
  {
    id: "error-code-added",
    kind: "error-code-added",
    places: ["document"],
    breaks: "neither",
    bump: "minor",
    message: "documented error code {code} ({status}) added",
  },
  {
    id: "error-code-removed",
    kind: "error-code-removed",
    places: ["document"],
    breaks: "both",
    bump: "minor",
    message: "documented error code {code} ({status}) removed",
  },

  // Everything else
  {
    id: "documentation-changed",
    kind: "documentation-changed",
    places: ["request", "response", "callback", "document"],
    breaks: "neither",
    bump: "patch",
    message: "{subject}: {key} {what}",
  },
  {
    id: "other-changed",
    kind: "other-changed",
    places: ["request", "response", "callback", "document"],
    breaks: "neither",
    bump: "minor",
    message: "{subject}: {key} {what} ({old} → {new}); not classified, review it",
  },
  // `--typecheck`: the compiler rejects code written against OLD where no rule saw a break.
  {
    id: "type-incompatible",
    kind: "type-incompatible",
    places: schemas,
    breaks: "both",
    bump: "minor",
    message: "{subject}: code written against OLD no longer compiles ({reason})",
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof rules)[number]["id"];

const byId = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));

export function ruleFor(id: string): Rule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`specs:diff has no rule \`${id}\``);
  return rule;
}
