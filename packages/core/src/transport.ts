import { ConnectionError, TimeoutError } from "./errors.ts";
import type { ReplayableRequest } from "./replayable-request.ts";
import {
  backoffDelay,
  failedBeforeSending,
  isIdempotent,
  retryAfterDelay,
  shouldRetryStatus,
} from "./retry-policy.ts";
import { abortErrorFrom, sleep } from "./sleep.ts";

export interface TransportSettings {
  provider: string;
  fetch: typeof fetch;
  timeout: number;
  maxRetries: number;
  retryDelay: number;
  maxRetryDelay: number;
}

/**
 * The fetch function given to openapi-fetch: timeouts, cancellation and retries in one plain
 * loop rather than openapi-fetch middlewares, which cost a Request/Response round per hook.
 * The happy path is one AbortController, one timer and one call to the underlying fetch.
 */
export function createTransport(settings: TransportSettings): (request: Request) => Promise<Response> {
  const { provider, fetch: baseFetch } = settings;

  return async function send(input: Request): Promise<Response> {
    // openapi-fetch builds every request with the ReplayableRequest class it was given.
    const request = input as ReplayableRequest;
    const timeout = request.timeout ?? settings.timeout;
    const maxRetries = request.maxRetries ?? settings.maxRetries;
    const callerSignal = request.callerSignal ?? undefined;
    const idempotent = isIdempotent(request.method);

    for (let attempt = 0; ; attempt++) {
      if (callerSignal?.aborted) throw abortErrorFrom(callerSignal);
      const controller = new AbortController();
      let timedOut = false;
      // A non-finite timeout (Infinity) means none: setTimeout would fire at once.
      const timer = Number.isFinite(timeout)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeout)
        : undefined;
      const onAbort = () => controller.abort();
      callerSignal?.addEventListener("abort", onAbort);

      let response: Response | undefined;
      let failure: ConnectionError | undefined;
      try {
        response = await baseFetch(attempt === 0 ? request : request.replay(), { signal: controller.signal });
      } catch (error) {
        if (callerSignal?.aborted) throw abortErrorFrom(callerSignal);
        const target = `${request.method} ${request.url}`;
        failure = timedOut
          ? new TimeoutError(`${provider}: ${target} got no response within ${timeout} ms.`, { cause: error })
          : new ConnectionError(`${provider}: ${target} failed: ${describe(error)}`, { cause: error });
      } finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener("abort", onAbort);
      }

      const lastAttempt = attempt >= maxRetries;
      if (response) {
        if (response.ok || lastAttempt || !shouldRetryStatus(response.status, idempotent)) {
          if (request.callState) request.callState.response = response;
          return response;
        }
      } else if (lastAttempt || !(idempotent || (!timedOut && failedBeforeSending(failure!.cause)))) {
        throw failure!;
      }

      const delay =
        (response && retryAfterDelay(response.headers.get("retry-after"), settings.maxRetryDelay)) ??
        backoffDelay(attempt, settings.retryDelay, settings.maxRetryDelay);
      // Free the connection before waiting; the body of a response being retried is not needed.
      await response?.body?.cancel().catch(() => {});
      await sleep(delay, callerSignal);
    }
  };
}

/** The most specific reason in a fetch error's cause chain (undici wraps it in "fetch failed"). */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined; e && parts.length < 3; e = e.cause as typeof e) {
    const text = [typeof e.code === "string" ? e.code : "", typeof e.message === "string" ? e.message : ""].filter(Boolean).join(" ");
    if (text) parts.push(text);
  }
  return parts.join(": ") || String(error);
}
