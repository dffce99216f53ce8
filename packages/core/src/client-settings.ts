import { overrideBaseUrl, serverUrl } from "./base-url.ts";
import type { ClientContext } from "./client-context.ts";
import { type ClientOptions, clientDefaults, mergeTuning, type Tuning } from "./client-options.ts";
import { type Credentials, createCredentials } from "./credentials.ts";
import { InvalidOptionError } from "./errors.ts";
import { createLog, type Log } from "./logger.ts";
import { assignHeaders } from "./outgoing-request.ts";
import type { OperationConfig, ProviderConfig } from "./provider-config.ts";
import { redactorFor } from "./redact-secrets.ts";
import { inBrowser } from "./sdk-headers.ts";

/** Where an operation is sent and what the document says about it. */
export interface Route {
  /** The server URL and the path template, its parameters not yet filled. */
  url: string;
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
}

const undocumented: OperationConfig = {};

/**
 * A client's settings. Throws InvalidOptionError for an option it cannot use, and
 * MissingApiKeyError for an unusable credential (a missing one is reported by the call that needs it).
 */
export function clientSettings(provider: ProviderConfig, options: ClientOptions): ClientSettings {
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
      const server = baseUrl ?? serverUrl(operation.servers?.[0] ?? provider.servers[0] ?? { url: "" });
      found = { url: server + path, operation };
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
  };
}
