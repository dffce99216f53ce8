// A GET of an absolute URL the API answered with (a job's status URL: BFL's `polling_url`,
// Replicate's `urls.get`), sent as any call is: the client's fetch, headers, timeouts, retries and
// redaction. Where the credentials go is the one difference: only to an origin the client already
// sends them to (the `baseUrl` option's, or a server's the document lists). A URL on any other
// origin is still called, without credentials, so a compromised or misdirected answer cannot
// collect the key; an API that needs them there gets a 401/403, which names the URL.
import type { ApiResult } from "./api-types.ts";
import { type CallTarget, callOperation } from "./call-operation.ts";
import type { ClientSettings } from "./client-settings.ts";
import { UnsendableRequestError } from "./errors.ts";
import type { UntypedCallInit } from "./outgoing-request.ts";

/**
 * `url` resolved against the server of `like`, or undefined when it is not an http(s) URL (or
 * carries credentials of its own). A relative URL resolves as a link would: `/x` from the host,
 * `x` under the server's path.
 */
export function resolveUrl(url: string, server: string): URL | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, `${server}/`);
  } catch {
    return undefined;
  }
  return /^https?:$/.test(resolved.protocol) && !resolved.username && !resolved.password ? resolved : undefined;
}

/**
 * GETs `url` as the client calls the operation `like` (`"<METHOD> <path>"`: its server resolves a
 * relative URL, its security gives the credentials, and, for a GET, its responses say how bodies
 * are read). Throws UnsendableRequestError (`invalid_url`) for a URL that is not http(s).
 */
export function callUrl(
  settings: ClientSettings,
  url: string,
  like: string,
  init: UntypedCallInit,
): Promise<ApiResult<unknown, unknown>> {
  const space = like.indexOf(" ");
  const method = like.slice(0, space);
  const route = settings.route(method, like.slice(space + 1));
  const resolved = resolveUrl(url, route.server);
  if (!resolved) {
    const shown = JSON.stringify(settings.context.redact(url.slice(0, 200)));
    throw new UnsendableRequestError(
      `${settings.provider.name}: GET ${shown} is not an http(s) URL; nothing was sent.`,
      {
        code: "invalid_url",
        method: "GET",
        path: url,
      },
    );
  }
  const { security, servers, responses } = route.operation;
  const target: CallTarget = {
    url: resolved.href,
    operation: method === "GET" ? { security, servers, responses } : { security, servers },
    credentials: settings.trustedOrigins.has(resolved.origin),
  };
  return callOperation(settings, "GET", resolved.pathname, init, target);
}
