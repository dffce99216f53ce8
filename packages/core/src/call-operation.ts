import type { ApiResult } from "./api-types.ts";
import { withContext } from "./client-context.ts";
import { mergeTuning } from "./client-options.ts";
import type { ClientSettings } from "./client-settings.ts";
import { UnsendableRequestError } from "./errors.ts";
import { addIdempotencyKey } from "./idempotency-key.ts";
import { assignHeaders, buildRequest, type UntypedCallInit } from "./outgoing-request.ts";
import type { OperationConfig } from "./provider-config.ts";
import { bodyKindOf, readResult } from "./read-result.ts";
import { redactorFor } from "./redact-secrets.ts";
import { sendRequest } from "./send-request.ts";

/** The names (lower-cased) of the headers a call sets itself, not counting those it removes with null. */
function suppliedHeaders(init: UntypedCallInit): Set<string> {
  const headers: Record<string, string> = {};
  assignHeaders(headers, init.headers);
  assignHeaders(headers, init.params?.header);
  return new Set(Object.keys(headers));
}

/**
 * An absolute URL to call instead of the route's (jobs/call-url.ts), with the operation whose
 * security and responses apply; `stripCredentials` when its origin may not get them.
 */
export interface CallTarget {
  url: string;
  operation: OperationConfig;
  stripCredentials?: ((headers: Record<string, string>) => void) | undefined;
}

/**
 * Secrets of one call beyond the client's credentials (a job's webhook secret, sent in its body):
 * kept out of that call's log lines, errors and result as the credentials are.
 */
export const callSecrets: unique symbol = Symbol("image-sdk.callSecrets");
export interface CallSecrets {
  [callSecrets]?: readonly string[] | undefined;
}

/**
 * One raw call: the request built from the route, credentials and init, sent (retried per the
 * policy), and its response read into a result that carries the client's context. The call's
 * options override the client's here, and only here. `target`: an absolute URL to call instead
 * of the route's (jobs/call-url.ts).
 */
export async function callOperation(
  settings: ClientSettings,
  method: string,
  path: string,
  init: UntypedCallInit,
  target?: CallTarget,
): Promise<ApiResult<unknown, unknown>> {
  const { provider } = settings;
  const extra = (init as CallSecrets)[callSecrets];
  const context = extra?.length
    ? { ...settings.context, redact: redactorFor([...settings.credentials.secrets, ...extra]) }
    : settings.context;
  if ((method === "GET" || method === "HEAD") && init.body !== undefined) {
    // fetch throws a TypeError for it, which would read as a failed connection.
    throw new UnsendableRequestError(
      `${provider.name}: ${method} ${path} was given a request body, which fetch cannot send with ${method}; nothing was sent. Call it without a body (the document describes one, but no HTTP client in a browser or Node's fetch can send it).`,
      { code: "body_not_allowed", method, path },
    );
  }
  const tuning = mergeTuning(provider.name, settings.tuning, init);
  const { url, operation } = target ?? settings.route(method, path);
  const auth = target?.stripCredentials
    ? { headers: {}, query: "" }
    : settings.credentials.authFor(operation, suppliedHeaders(init));
  const request = buildRequest(method, url, operation, auth, settings.headers, init);
  target?.stripCredentials?.(request.headers);
  const keyed = addIdempotencyKey(request, operation.idempotency);
  const bodyKind = bodyKindOf(method, operation);
  const received = await sendRequest(request, {
    fetch: settings.fetch,
    provider: provider.name,
    ...tuning,
    signal: init.signal,
    keyed,
    bodyKind,
    redact: context.redact,
    log: settings.log,
  });
  const shownUrl = context.redact(received.response.url || request.url);
  const kind = bodyKind(received.response);
  const read = readResult(provider, context, received, method, shownUrl, kind);
  // Only a provider whose document streams has the hook: the streaming code stays out of the others' bundles.
  const { eventStream } = provider;
  const call = () => ({ method, url: shownUrl, idleTimeout: tuning.streamIdleTimeout, signal: init.signal });
  return withContext(eventStream ? eventStream(read, kind, context, call()) : read, context);
}
