/**
 * One difference between two OpenAPI documents, as `pnpm specs:diff` reports it.
 * `breaking` is judged for code written against the OLD document.
 */
export interface Change {
  kind: ChangeKind;
  /** The row of the rules table (rules.ts) that judged it. */
  rule: string;
  /** JSON pointer into the document, through `$ref`s as the operation sees them. */
  location: string;
  breaking: boolean;
  message: string;
}

/** Every kind the engine reports; rules.ts says which rows fall under each. */
export const changeKinds = [
  "operation-added",
  "operation-removed",
  "operation-id-changed",
  "deprecation-changed",
  "parameter-added",
  "parameter-removed",
  "parameter-required",
  "parameter-optional",
  "parameter-style-changed",
  "parameter-renamed",
  "request-body-added",
  "request-body-removed",
  "request-body-required",
  "request-body-optional",
  "request-media-type-added",
  "request-media-type-removed",
  "request-media-type-changed",
  "request-property-added",
  "request-property-removed",
  "request-property-required",
  "request-property-optional",
  "response-property-added",
  "response-property-removed",
  "response-property-required",
  "response-property-optional",
  "read-write-changed",
  "success-status-added",
  "success-status-removed",
  "error-status-added",
  "error-status-removed",
  "response-media-type-added",
  "response-media-type-removed",
  "response-media-type-changed",
  "response-header-added",
  "response-header-removed",
  "enum-widened",
  "enum-narrowed",
  "variant-added",
  "variant-removed",
  "discriminator-changed",
  "type-changed",
  "format-changed",
  "nullability-changed",
  "constraint-changed",
  "default-changed",
  "security-requirement-added",
  "security-requirement-removed",
  "security-scheme-changed",
  "security-scheme-added",
  "security-scheme-removed",
  "server-added",
  "server-removed",
  "server-default-changed",
  "callback-added",
  "callback-removed",
  "webhook-added",
  "webhook-removed",
  "error-code-added",
  "error-code-removed",
  "documentation-changed",
  "other-changed",
  // Only with `--typecheck`: the compiler rejects OLD code against NEW where no rule saw a break.
  "type-incompatible",
] as const;

export type ChangeKind = (typeof changeKinds)[number];
