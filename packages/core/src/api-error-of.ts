import type { ApiError } from "./errors.ts";

// 200..599 as a union of literals, so the statuses a provider does not document form one union
// member whose `status` excludes the documented ones: `err.status === 403` then leaves only the
// documented 403 member, and its `code` is the documented 403 codes.
type Statuses<N extends number, Acc extends number[] = []> = Acc["length"] extends N
  ? Acc[number]
  : Statuses<N, [...Acc, Acc["length"]]>;
type HttpStatus = Exclude<Statuses<600>, Statuses<200>>;

/**
 * The statuses a provider's `ErrorCodes` does not document. A name of its own, so an editor shows
 * `error.status` as the documented statuses and `UndocumentedStatus<ErrorCodes>`, not as the 400
 * literals it stands for.
 */
export type UndocumentedStatus<Codes> = Exclude<HttpStatus, keyof Codes>;

/**
 * A documented code union that still admits any other text: the API can send codes its document
 * does not list (a new code, a proxy's, a mock's), so they must be representable without a cast,
 * while the documented ones autocomplete and `code === "…"` narrows to them.
 */
export type OpenCode<Codes> = ([Codes] extends [never] ? never : Codes & string) | (string & {});

/**
 * The error of a status the provider documents: that status, and its documented codes or any
 * other text. An interface that declares `code` itself, so a hover on a narrowed error's code reads
 * `DocumentedApiError<ErrorCodes, 403>.code: OpenCode<…the 403 codes>`: the codes once, where the
 * class alone would print them twice (in `ApiError<403, OpenCode<…>>` and in the property's type).
 */
export interface DocumentedApiError<Codes, Status extends keyof Codes & number>
  extends ApiError<Status, OpenCode<Codes[Status]>> {
  /** One of the status's documented codes, other code text the API sent, or undefined when it sent none. */
  readonly code: OpenCode<Codes[Status]> | undefined;
}

/**
 * The error type of a provider's results, from its generated `ErrorCodes` (status → code union;
 * `default` for the codes of statuses documented only by a `default` response). For a documented
 * status, `code` is that status's documented codes or any other text; for any other status, the
 * `default` codes or any other text.
 */
export type ApiErrorOf<Codes> =
  | { [S in keyof Codes & HttpStatus]: DocumentedApiError<Codes, S> }[keyof Codes & HttpStatus]
  | ApiError<UndocumentedStatus<Codes>, OpenCode<Codes extends { default: infer D } ? D : never>>;
