// One module owns an attempt from sending to the last byte of the body: the attempt's timeout and
// the caller's signal abort one AbortController that both the fetch and the body read obey, so a
// body that stalls after the headers ends in TimeoutError and an abort after the headers ends the
// read at once with AbortError. Between attempts it decides (retry-policy.ts) and waits.
// The happy path is one AbortController, one entry in the shared deadline timer, one fetch and one
// body read; with logging on (logger.ts), a line per attempt, per retry and for a final failure.
// A ReadableStream body is sent as it is read (`duplex: "half"`, which Node's fetch requires) and
// cannot be sent twice: once fetch has taken it, a failure that would be retried is returned (a
// status) or thrown (a ConnectionError or TimeoutError saying why) instead, never re-sent.
import { endDeadline, startDeadline } from "./deadlines.ts";
import { AbortError, ConnectionError, TimeoutError } from "./errors.ts";
import { createRequestLog, type Log } from "./logger.ts";
import type { BodyKind } from "./provider-config.ts";
import type { Redact } from "./redact-secrets.ts";
import { isStream, type RequestBody } from "./request-body.ts";
import { backoffDelay, type Failure, failedBeforeSending, mayRetry, retryAfterDelay } from "./retry-policy.ts";
import { abortErrorFrom, sleep } from "./sleep.ts";

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: RequestBody | undefined;
}

export interface AttemptSettings {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Display name of the provider, for messages. */
  provider: string;
  timeout: number;
  maxRetries: number;
  retryDelay: number;
  maxRetryDelay: number;
  signal?: AbortSignal | undefined;
  /** The request carries an idempotency key: retried like an idempotent method whatever its method. */
  keyed?: boolean | undefined;
  /** How the body of `response` is read (the operation's documented media type for its status). */
  bodyKind: (response: Response) => BodyKind;
  /** Takes credentials out of what messages and logs show (an apiKey in the query string, an echoed key). */
  redact: Redact;
  /** The client's log; undefined when logging is off, so the happy path builds no line. */
  log?: Log | undefined;
}

/** A response whose body has been read to the end: text (JSON or text), a Blob, or undefined. */
export interface Received {
  response: Response;
  body: string | Blob | undefined;
}

function read(response: Response, kind: BodyKind): Promise<string | Blob | undefined> | undefined {
  // An error answer is read whole whatever the operation documents: it is shown or parsed.
  if (kind === "blob") return response.blob();
  // An event stream is left open: the caller reads it event by event (streams/event-stream.ts).
  if (kind.endsWith("events") && response.ok) return undefined;
  if (kind === "empty" && response.ok) {
    // Drained, not cancelled, so the connection can be reused.
    return response.arrayBuffer().then(() => undefined);
  }
  return response.text();
}

/** Sends `request`, retrying per the policy, and returns the response of the last attempt, body read. */
export async function sendRequest(request: OutgoingRequest, settings: AttemptSettings): Promise<Received> {
  const { method } = request;
  const { signal, timeout, maxRetries, provider, redact, log } = settings;
  const { body: sent } = request;
  const init: RequestInit & { duplex?: "half" } = { method, headers: request.headers, body: sent ?? null };
  if (isStream(sent)) init.duplex = "half";
  /** A stream body fetch has taken (locked) cannot be sent again: no retry then. */
  const spent = () => isStream(sent) && sent.locked;
  const target = () => `${method} ${redact(request.url)}`;

  // Made only when logging is on. It never sees the headers: they carry the key.
  const requestLog = log && createRequestLog(log, provider, method, request.url, maxRetries, redact);
  if (requestLog && request.body !== undefined) requestLog.body("request", request.body, {});

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw abortErrorFrom(signal);
    const started = requestLog ? performance.now() : 0;
    const controller = new AbortController();
    init.signal = controller.signal;
    // A non-finite timeout (Infinity) means none.
    const deadline = timeout < Infinity ? startDeadline(timeout, controller) : undefined;
    const onAbort = signal && (() => controller.abort(signal.reason));
    if (onAbort) signal.addEventListener("abort", onAbort);

    let response: Response | undefined;
    let failure: Failure;
    /** An event stream was returned open: the signal must still abort its body. */
    let streaming = false;
    /** The failure as log lines show it (built only when logging is on). */
    let reason = "";
    try {
      response = await settings.fetch(request.url, init);
      const { status } = response;
      if (response.ok || !mayRetry(status, method, attempt, maxRetries, settings.keyed) || spent()) {
        const kind = settings.bodyKind(response);
        streaming = kind.endsWith("events") && response.ok;
        const body = await read(response, kind);
        if (requestLog) {
          requestLog.ended(attempt, started, String(status), { status }, !response.ok);
          requestLog.body(`${status} response`, body, { attempt: attempt + 1, status });
        }
        return { response, body };
      }
      failure = status;
      // Free the connection before waiting; the body of a response being retried is not needed.
      await response.body?.cancel().catch(() => {});
      if (requestLog) requestLog.ended(attempt, started, (reason = String(status)), { status }, false);
    } catch (cause) {
      if (signal?.aborted) throw abortErrorFrom(signal);
      if (cause instanceof AbortError) throw cause;
      failure = deadline?.expired ? "timeout" : !response && failedBeforeSending(cause) ? "not-sent" : "connection";
      const body = response && `${provider}: the ${response.status} response body of ${target()}`;
      const error =
        failure === "timeout"
          ? new TimeoutError(
              body
                ? `${body} did not arrive within ${timeout} ms.`
                : `${provider}: ${target()} got no response within ${timeout} ms.`,
              { cause },
            )
          : new ConnectionError(
              `${body ? `${body} could not be read` : `${provider}: ${target()} failed`}: ${describe(cause)}`,
              { cause },
            );
      const retryable = mayRetry(failure, method, attempt, maxRetries, settings.keyed);
      const retried = retryable && !spent();
      if (retryable && !retried)
        error.message += " Not retried: the request body was a stream, which cannot be sent again.";
      if (requestLog) {
        reason = failure === "timeout" ? failure : `${failure}: ${redact(describe(cause))}`;
        requestLog.ended(attempt, started, reason, { status: response?.status, reason: failure }, !retried);
      }
      if (!retried) throw error;
    } finally {
      if (deadline) endDeadline(deadline);
      if (onAbort && !streaming) signal.removeEventListener("abort", onAbort);
    }

    const retryAfter = response && retryAfterDelay(response.headers.get("retry-after"), settings.maxRetryDelay);
    const delay = retryAfter ?? backoffDelay(attempt, settings.retryDelay, settings.maxRetryDelay);
    if (requestLog) requestLog.retry(attempt, delay, retryAfter !== undefined, reason, failure);
    await sleep(delay, signal);
  }
}

/** The most specific reason in a fetch error's cause chain (undici wraps it in "fetch failed"). */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (
    let e = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined;
    e && parts.length < 3;
    e = e.cause as typeof e
  ) {
    const text = [e.code, e.message].filter((part) => typeof part === "string" && part).join(" ");
    if (text) parts.push(text);
  }
  return parts.join(": ") || String(error);
}
