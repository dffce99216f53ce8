import { type ClientOptions, clientDefaults } from "./client-options.ts";
import { type Deadline, endDeadline, startDeadline } from "./deadlines.ts";
import { ConnectionError, TimeoutError } from "./errors.ts";
import type { ReplayableRequest } from "./replayable-request.ts";
import { backoffDelay, failedBeforeSending, isIdempotent, retryAfterDelay, shouldRetryStatus } from "./retry-policy.ts";
import { abortErrorFrom, sleep } from "./sleep.ts";

/**
 * The fetch function given to openapi-fetch: timeouts, cancellation and retries in one plain
 * loop rather than openapi-fetch middlewares, which cost a Request/Response round per hook.
 * The happy path is one AbortController, one entry in the shared deadline timer and one call to
 * the underlying fetch.
 */
export function createTransport(provider: string, options: ClientOptions): (request: Request) => Promise<Response> {
  const {
    fetch = globalThis.fetch,
    retryDelay = clientDefaults.retryDelay,
    maxRetryDelay = clientDefaults.maxRetryDelay,
  } = options;
  return async function send(input: Request): Promise<Response> {
    // openapi-fetch builds every request with the ReplayableRequest class it was given.
    const request = input as ReplayableRequest;
    const { init } = request;
    const timeout = init.timeout ?? options.timeout ?? clientDefaults.timeout;
    const maxRetries = init.maxRetries ?? options.maxRetries ?? clientDefaults.maxRetries;
    const callerSignal = init.signal;

    for (let attempt = 0; ; attempt++) {
      if (callerSignal?.aborted) throw abortErrorFrom(callerSignal);
      const controller = new AbortController();
      // A non-finite timeout (Infinity) means none.
      const deadline: Deadline | undefined = timeout < Infinity ? startDeadline(timeout, controller) : undefined;
      const onAbort = callerSignal && (() => controller.abort());
      if (onAbort) callerSignal.addEventListener("abort", onAbort);

      let response: Response | undefined;
      let failure: ConnectionError | undefined;
      try {
        // A retry sends a fresh Request from the same init: the first one's body is spent.
        response = await fetch(attempt ? new Request(request.url, init) : request, { signal: controller.signal });
      } catch (error) {
        if (callerSignal?.aborted) throw abortErrorFrom(callerSignal);
        const target = `${provider}: ${request.method} ${request.url}`;
        failure = deadline?.expired
          ? new TimeoutError(`${target} got no response within ${timeout} ms.`, { cause: error })
          : new ConnectionError(`${target} failed: ${describe(error)}`, { cause: error });
      } finally {
        if (deadline) endDeadline(deadline);
        if (onAbort) callerSignal.removeEventListener("abort", onAbort);
      }

      const lastAttempt = attempt >= maxRetries;
      const idempotent = isIdempotent(request.method);
      if (response) {
        if (response.ok || lastAttempt || !shouldRetryStatus(response.status, idempotent)) {
          if (init.callState) init.callState.response = response;
          return response;
        }
      } else if (
        lastAttempt ||
        !(idempotent || (!(failure instanceof TimeoutError) && failedBeforeSending(failure!.cause)))
      ) {
        throw failure!;
      }

      const delay =
        (response && retryAfterDelay(response.headers.get("retry-after"), maxRetryDelay)) ??
        backoffDelay(attempt, retryDelay, maxRetryDelay);
      // Free the connection before waiting; the body of a response being retried is not needed.
      await response?.body?.cancel().catch(() => {});
      await sleep(delay, callerSignal ?? undefined);
    }
  };
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
