import { isUsableServerUrl, overrideBaseUrl, serverUrl, serverVariableNames } from "./base-url.ts";
import type { ClientContext } from "./client-context.ts";
import { type ClientOptions, clientDefaults, mergeTuning, type Tuning } from "./client-options.ts";
import { type Credentials, createCredentials } from "./credentials.ts";
import { InvalidOptionError } from "./errors.ts";
import { createLog, type Log } from "./logger.ts";
import { assignHeaders } from "./outgoing-request.ts";
import type { OperationConfig, ProviderConfig, ServerConfig } from "./provider-config.ts";
import { redactorFor } from "./redact-secrets.ts";
import { inBrowser } from "./sdk-headers.ts";

/** Where an operation is sent and what the document says about it. */
export interface Route {
  /**
   * The server URL and the path template, its parameters not yet filled. A path key's `?…` or
   * `#…` suffix (documents use it to tell variants of one URL apart) is not sent.
   */
  url: string;
  /** The server's URL (the `baseUrl` option's, or the document's), without a trailing slash. */
  server: string;
  operation: OperationConfig;
}

/** Everything a client works out once, at creation, from its provider and options. */
export interface ClientSettings {
  provider: ProviderConfig;
  /** The provider's name and the redactor of the credentials, carried by every result. */
  context: ClientContext;
  credentials: Credentials;
  /** Headers of every request, names lower-cased: the provider's, then the client options'. */
  headers: Record<string, string>;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** The client's tuning options over the defaults. */
  tuning: Tuning;
  /** Undefined when logging is off. */
  log: Log | undefined;
  /** An operation's route, worked out on its first call. */
  route(method: string, path: string): Route;
  /** The `baseUrl` option (or its environment variable), when set. */
  baseUrl: string | undefined;
  /** The `serverVariables` option. */
  serverVariables: Readonly<Record<string, string>>;
}

const undocumented: OperationConfig = {};

/**
 * The base URL of each server, checked at creation: the `baseUrl` option (or its variable) when
 * set, else the server's URL with its variables. Throws InvalidOptionError for a serverVariables
 * name no server has, and, when an operation would have no absolute URL, naming what to set.
 */
function serverResolver(provider: ProviderConfig, options: ClientOptions<object>, baseUrl: string | undefined) {
  const { name, env } = provider;
  const chosen = (options.serverVariables ?? {}) as Readonly<Record<string, string>>;
  const all = [...provider.servers, ...Object.values(provider.operations).flatMap((o) => o.servers ?? [])];
  const known = new Set(all.flatMap(serverVariableNames));
  for (const variable of Object.keys(chosen)) {
    if (!known.has(variable)) {
      const names = known.size ? `; its servers' variables: ${[...known].join(", ")}` : ": its servers have none";
      throw new InvalidOptionError(`${name}: option serverVariables.${variable} is not a server variable${names}.`);
    }
  }
  const resolve = (server: ServerConfig | undefined): string => {
    if (baseUrl !== undefined) return baseUrl;
    const url = server ? serverUrl(server, chosen) : "";
    if (isUsableServerUrl(url)) return url;
    const missing = server
      ? serverVariableNames(server).filter((v) => chosen[v] === undefined && !server.variables?.[v])
      : [];
    if (missing.length && /^[a-z][a-z\d+.-]*:\/\//i.test(server!.url))
      throw new InvalidOptionError(
        `${name}: the server ${server!.url} has no default for ${missing.map((v) => `{${v}}`).join(", ")}; pass serverVariables: { ${missing.map((v) => `${v}: "…"`).join(", ")} }, or the baseUrl option.`,
      );
    const shown = server ? `only ${JSON.stringify(server.url)}, not an absolute URL` : "none";
    // baseUrl replaces the server: a relative one's path belongs in it.
    const path = server?.url.startsWith("/") ? ` (the API's address, ending in ${server.url.replace(/\/+$/, "")})` : "";
    throw new InvalidOptionError(
      `${name}: no base URL: the API's document gives no server to call (${shown}). Pass the baseUrl option${path} or set the ${env.baseUrl} environment variable.`,
    );
  };
  // Every server an operation can use, resolved now: a client that cannot call is refused at creation.
  const operations = Object.values(provider.operations);
  if (!operations.length || operations.some((o) => !o.servers)) resolve(provider.servers[0]);
  for (const operation of operations) if (operation.servers) resolve(operation.servers[0]);
  return resolve;
}

/**
 * A client's settings. Throws InvalidOptionError for an option it cannot use, and
 * MissingApiKeyError for an unusable credential (a missing one is reported by the call that needs it).
 */
export function clientSettings(provider: ProviderConfig, options: ClientOptions<object>): ClientSettings {
  const { name } = provider;
  const tuning = mergeTuning(name, clientDefaults, options);
  const baseUrl = overrideBaseUrl(name, options.baseUrl, provider.env.baseUrl);
  const credentials = createCredentials(provider, options);
  if (credentials.secrets.some(Boolean) && !options.dangerouslyAllowBrowser && inBrowser()) {
    throw new InvalidOptionError(
      `${name}: a secret credential in a browser is readable by anyone who opens the page. Call the API from a ` +
        "server, or pass dangerouslyAllowBrowser: true if the key may be public or the page is never served to others.",
    );
  }
  const resolveServer = serverResolver(provider, options, baseUrl);
  const headers: Record<string, string> = {};
  assignHeaders(headers, provider.headers);
  assignHeaders(headers, options.headers);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const log = createLog(name, options);

  const routes = new Map<string, Route>();
  function route(method: string, path: string): Route {
    const key = `${method} ${path}`;
    let found = routes.get(key);
    if (!found) {
      const operation = provider.operations[key] ?? undocumented;
      const server = resolveServer(operation.servers?.[0] ?? provider.servers[0]);
      found = { url: server + path.replace(/[?#].*$/s, ""), server, operation };
      routes.set(key, found);
    }
    return found;
  }

  return {
    provider,
    context: { provider: name, redact: redactorFor(credentials.secrets), tuning },
    credentials,
    headers,
    fetch: (url, init) => fetchImpl(url, init),
    tuning,
    log,
    route,
    baseUrl,
    serverVariables: (options.serverVariables ?? {}) as Readonly<Record<string, string>>,
  };
}
