// One module owns an attempt from sending to the last byte of the body: the attempt's timeout and
// the caller's signal abort one AbortController that both the fetch and the body read obey, so a
// body that stalls after the headers ends in TimeoutError and an abort after the headers ends the
// read at once with AbortError. Between attempts it decides (retry-policy.ts) and waits.
// The happy path is one AbortController, one entry in the shared deadline timer, one fetch and one
// body read.
import { endDeadline, startDeadline } from "./deadlines.ts";
import { AbortError, ConnectionError, TimeoutError } from "./errors.ts";
import type { BodyKind } from "./provider-config.ts";
import type { ReplayableBody } from "./request-body.ts";
import { backoffDelay, type Failure, failedBeforeSending, mayRetry, retryAfterDelay } from "./retry-policy.ts";
import { abortErrorFrom, sleep } from "./sleep.ts";

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: ReplayableBody | undefined;
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
  /** How the body of `response` is read (the operation's documented media type for its status). */
  bodyKind: (response: Response) => BodyKind;
  /** Shows a URL in messages with credentials taken out (an apiKey in the query string). */
  redactUrl: (url: string) => string;
}

/** A response whose body has been read to the end: text (JSON or text), a Blob, or undefined. */
export interface Received {
  response: Response;
  body: string | Blob | undefined;
}

function read(response: Response, kind: BodyKind): Promise<string | Blob | undefined> | undefined {
  // An error answer is read whole whatever the operation documents: it is shown or parsed.
  if (kind === "blob") return response.blob();
  if (kind === "empty" && response.ok) {
    // Drained, not cancelled, so the connection can be reused.
    return response.arrayBuffer().then(() => undefined);
  }
  return response.text();
}

/** Sends `request`, retrying per the policy, and returns the response of the last attempt, body read. */
export async function sendRequest(request: OutgoingRequest, settings: AttemptSettings): Promise<Received> {
  const { method } = request;
  const { signal, timeout, maxRetries } = settings;
  const init: RequestInit = { method, headers: request.headers, body: request.body ?? null };
  const target = () => `${method} ${settings.redactUrl(request.url)}`;
  const { provider } = settings;

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw abortErrorFrom(signal);
    const controller = new AbortController();
    init.signal = controller.signal;
    // A non-finite timeout (Infinity) means none.
    const deadline = timeout < Infinity ? startDeadline(timeout, controller) : undefined;
    const onAbort = signal && (() => controller.abort(signal.reason));
    if (onAbort) signal.addEventListener("abort", onAbort);

    let response: Response | undefined;
    let failure: Failure;
    try {
      response = await settings.fetch(request.url, init);
      const { status } = response;
      if (response.ok || !mayRetry(status, method, attempt, maxRetries)) {
        return { response, body: await read(response, settings.bodyKind(response)) };
      }
      failure = status;
      // Free the connection before waiting; the body of a response being retried is not needed.
      await response.body?.cancel().catch(() => {});
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
      if (!mayRetry(failure, method, attempt, maxRetries)) throw error;
    } finally {
      if (deadline) endDeadline(deadline);
      if (onAbort) signal.removeEventListener("abort", onAbort);
    }

    const delay =
      (response && retryAfterDelay(response.headers.get("retry-after"), settings.maxRetryDelay)) ??
      backoffDelay(attempt, settings.retryDelay, settings.maxRetryDelay);
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
