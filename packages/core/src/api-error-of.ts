import type { ApiError } from "./errors.ts";

// 200..599 as a union of literals, so the statuses a provider does not document form one union
// member whose `status` excludes the documented ones: `err.status === 403` then leaves only the
// documented 403 member, and its `code` is the documented 403 codes.
type Statuses<N extends number, Acc extends number[] = []> = Acc["length"] extends N
  ? Acc[number]
  : Statuses<N, [...Acc, Acc["length"]]>;
type HttpStatus = Exclude<Statuses<600>, Statuses<200>>;

/**
 * A documented code union that still admits any other text: the API can send codes its document
 * does not list (a new code, a proxy's, a mock's), so they must be representable without a cast,
 * while the documented ones autocomplete and `code === "…"` narrows to them.
 */
export type OpenCode<Codes> = ([Codes] extends [never] ? never : Codes & string) | (string & {});

/**
 * The error type of a provider's results, from its generated `ErrorCodes` (status → code union;
 * `default` for the codes of statuses documented only by a `default` response). For a documented
 * status, `code` is that status's documented codes or any other text; for any other status, the
 * `default` codes or any other text.
 */
export type ApiErrorOf<Codes> =
  | { [S in keyof Codes & HttpStatus]: ApiError<S, OpenCode<Codes[S]>> }[keyof Codes & HttpStatus]
  | ApiError<Exclude<HttpStatus, keyof Codes>, OpenCode<Codes extends { default: infer D } ? D : never>>;
