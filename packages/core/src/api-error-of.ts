import type { ApiError } from "./errors.ts";

// 200..599 as a union of literals, so the statuses a provider does not document form one union
// member whose `status` excludes the documented ones: `err.status === 403` then leaves only the
// documented 403 member, and its `code` is the documented 403 codes.
type Statuses<N extends number, Acc extends number[] = []> = Acc["length"] extends N
  ? Acc[number]
  : Statuses<N, [...Acc, Acc["length"]]>;
type HttpStatus = Exclude<Statuses<600>, Statuses<200>>;

/**
 * The error type of a provider's results, from its generated `ErrorCodes` (status → code union).
 * For a documented status, `code` is that status's documented codes (or undefined when the body
 * has none); for any other status, any string. A code the provider adds later still arrives, as
 * its text; compare it as `String(err.code)` until the spec documents it.
 */
export type ApiErrorOf<Codes> =
  | { [S in keyof Codes & HttpStatus]: ApiError<S, Codes[S] & string> }[keyof Codes & HttpStatus]
  | ApiError<Exclude<HttpStatus, keyof Codes>, string>;
