// When a failed attempt is tried again, and after how long.
//
// The rule (also in the README):
// - Idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) are retried after connection
//   errors, timeouts and HTTP 408, 429, 500, 502, 503, 504, up to `maxRetries` times (default 2),
//   with exponential backoff (retryDelay · 2^n, capped at maxRetryDelay, with jitter) or the
//   server's Retry-After (seconds or HTTP date), capped at maxRetryDelay.
// - POST and PATCH may start paid or quota-counted work (Flamel create and image-to-prompt,
//   Freepik task creation, Novita img2prompt), so they are retried only when the failure proves
//   the server did not act: the connection was refused or the host did not resolve (nothing was
//   sent), or the server answered 429 or 503 (refused before processing). A timeout, a dropped
//   connection, 500, 502, 504 or 408 after a POST may follow a charge: returned, not re-sent.
// - A POST or PATCH that carries an idempotency key (its operation declares the header) is
//   retried as an idempotent method: the server sees the same key and acts once.

/**
 * What went wrong with an attempt: an HTTP status, or no (complete) answer: `not-sent` (refused,
 * no such host: nothing left this machine), `timeout`, `connection` (dropped after sending,
 * including a body cut off mid-read).
 */
export type Failure = number | "not-sent" | "timeout" | "connection";

const retryableStatuses = [408, 429, 500, 502, 503, 504];
/** Failures that mean "not processed": safe to re-send even a paid request. */
const unprocessed: Failure[] = ["not-sent", 429, 503];

const nonIdempotent = ["POST", "PATCH"];

/**
 * The retry decision: may the attempt numbered `attempt` (0 = the first) be followed by another?
 * `keyed`: the request carries an idempotency key, which makes any method safe to re-send.
 */
export function mayRetry(
  failure: Failure,
  method: string,
  attempt: number,
  maxRetries: number,
  keyed = false,
): boolean {
  if (attempt >= maxRetries) return false;
  if (nonIdempotent.includes(method) && !keyed) return unprocessed.includes(failure);
  return typeof failure === "number" ? retryableStatuses.includes(failure) : true;
}

/** Statuses worth another try of an idempotent request (also used by Freepik's task polling). */
export const isRetryableStatus = (status: number): boolean => retryableStatuses.includes(status);

/** Error codes (Node/undici) raised before a single byte of the request was sent. */
const notSent = (error: unknown) =>
  ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"].includes((error as { code?: string } | undefined)?.code as string);

/** Whether a fetch failure happened before the request left this machine. */
export function failedBeforeSending(error: unknown): boolean {
  // undici: TypeError("fetch failed") whose cause has the code; other fetches put it on the error.
  // Happy-eyeballs connects fail with an AggregateError of per-address errors.
  return [error, (error as { cause?: unknown } | undefined)?.cause].some(
    (e) => notSent(e) || ((e as AggregateError)?.errors?.length > 0 && (e as AggregateError).errors.every(notSent)),
  );
}

/** Exponential backoff with jitter in [½, 1] of the step, so concurrent clients spread out. */
export const backoffDelay = (attempt: number, retryDelay: number, maxRetryDelay: number): number =>
  Math.min(retryDelay * 2 ** attempt, maxRetryDelay) * (0.5 + Math.random() / 2);

/** Milliseconds a Retry-After header asks for (delta-seconds or HTTP date), capped; else undefined. */
export function retryAfterDelay(header: string | null, maxRetryDelay: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Math.max(0, Date.parse(value) - Date.now());
  // An unparsable date gives NaN: no delay from the header.
  return Number.isNaN(ms) ? undefined : Math.min(ms, maxRetryDelay);
}
