import type { ChangeKind } from "./rules.ts";

/**
 * One difference between two OpenAPI documents, as `pnpm specs:diff` reports it.
 * `breaking` is judged for code written against the OLD document.
 */
export interface Change {
  /** The family of the rule (rules.ts `kind`, by default the rule's id). */
  kind: ChangeKind;
  /** The row of the rules table (rules.ts) that judged it. */
  rule: string;
  /** JSON pointer into the document, through `$ref`s as the operation sees them. */
  location: string;
  breaking: boolean;
  message: string;
}
