// A GET of an absolute URL the API answered with (a job's status URL: BFL's `polling_url`,
// Replicate's `urls.get`), sent as any call is: the client's fetch, headers, timeouts, retries and
// redaction. Where the credentials go is the one difference: only to an origin the client already
// sends them to (the `baseUrl` option's, or a server's the document lists). A URL on any other
// origin is still called, without credentials, so a compromised or misdirected answer cannot
// collect the key; an API that needs them there gets a 401/403, which names the URL.
import type { ApiResult } from "../api-types.ts";
import { isUsableServerUrl, serverUrl } from "../base-url.ts";
import { type CallTarget, callOperation } from "../call-operation.ts";
import type { ClientSettings } from "../client-settings.ts";
import { UnsendableRequestError } from "../errors.ts";
import type { UntypedCallInit } from "../outgoing-request.ts";
import type { ProviderConfig } from "../provider-config.ts";

/**
 * The origins the credentials may go to: the `baseUrl` option's and every server's the document
 * lists (variables filled). Relative servers and unfilled variables have none.
 */
function trustedOrigins({ provider, baseUrl, serverVariables }: ClientSettings): Set<string> {
  const servers = [...provider.servers, ...Object.values(provider.operations).flatMap((o) => o.servers ?? [])];
  const urls = [
    ...(baseUrl === undefined ? [] : [baseUrl]),
    ...servers.map((server) => serverUrl(server, serverVariables)),
  ];
  return new Set(urls.filter(isUsableServerUrl).map((url) => new URL(url).origin));
}

/**
 * Removes from `headers` every header that may carry a credential: the security schemes' headers,
 * and those a `headers` option may have set one in (`authorization`, `cookie`, `proxy-authorization`).
 */
const credentialStripper = (provider: ProviderConfig) => (headers: Record<string, string>) => {
  const names = ["authorization", "proxy-authorization", "cookie"];
  for (const scheme of Object.values(provider.securitySchemes))
    if (scheme.type === "apiKey" && scheme.in === "header") names.push(scheme.name.toLowerCase());
  for (const name of names) delete headers[name];
};

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
    stripCredentials: trustedOrigins(settings).has(resolved.origin) ? undefined : credentialStripper(settings.provider),
  };
  return callOperation(settings, "GET", resolved.pathname, init, target);
}
