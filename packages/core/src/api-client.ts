import type { ApiClient } from "./api-types.ts";
import { overrideBaseUrl, serverUrl } from "./base-url.ts";
import { type ClientOptions, checkTuningOptions, clientDefaults, type RequestOptions } from "./client-options.ts";
import { createCredentials } from "./credentials.ts";
import { readErrorCode } from "./error-code.ts";
import { type ApiError, apiErrorFor, InvalidOptionError } from "./errors.ts";
import { createLog } from "./logger.ts";
import type { BodyKind, OperationConfig, ProviderConfig } from "./provider-config.ts";
import { redactorFor, responseRedactors } from "./redact-secrets.ts";
import { serializeBody } from "./request-body.ts";
import { requestIdFrom } from "./request-id.ts";
import { recordProvider } from "./response-provider.ts";
import { inBrowser } from "./sdk-headers.ts";
import { type OutgoingRequest, sendRequest } from "./send-request.ts";
import { excerpt, unexpectedResponse } from "./unexpected-response.ts";
import { fillPath, serializeQuery } from "./url-parameters.ts";

type RawInit = Omit<RequestOptions, "headers"> & {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  headers?: RequestOptions["headers"] | Headers;
};
type RawResult = { data?: unknown; error?: unknown; response: Response; requestId?: string | undefined };

const methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
const undocumented: OperationConfig = {};

/** Adds `[name, value]` pairs to a header record, names lower-cased so later sources override earlier ones. */
function assignHeaders(target: Record<string, string>, source: object | undefined): void {
  if (!source) return;
  const entries = source instanceof Headers ? source.entries() : Object.entries(source);
  for (const [name, value] of entries) {
    // null removes a header set by an earlier source, as in openapi-fetch.
    if (value === null) delete target[name.toLowerCase()];
    else if (value !== undefined) target[name.toLowerCase()] = String(value);
  }
}

/** How a body is read when the document says nothing for that status: by its Content-Type. */
function kindFromContentType(response: Response): BodyKind {
  const type = response.headers.get("content-type") ?? "";
  return /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip)/.test(type) ? "blob" : "json";
}

/**
 * Builds a provider client from its generated configuration. `Err` is the provider's error type,
 * normally `ApiErrorOf<ErrorCodes>`. Throws InvalidOptionError for an option it cannot use, and
 * MissingApiKeyError for an unusable credential; a missing credential is reported when an
 * operation that needs it is called, before anything is sent.
 */
export function createApiClient<Paths extends {}, Err = ApiError>(
  provider: ProviderConfig,
  options: ClientOptions = {},
): ApiClient<Paths, Err> {
  const { name } = provider;
  checkTuningOptions(name, options);
  const baseUrl = overrideBaseUrl(name, options.baseUrl, provider.env.baseUrl);
  const credentials = createCredentials(provider, options);
  const redact = redactorFor(credentials.secrets);
  const hasSecrets = credentials.secrets.some(Boolean);
  if (hasSecrets && !options.dangerouslyAllowBrowser && inBrowser()) {
    throw new InvalidOptionError(
      `${name}: a secret credential in a browser is readable by anyone who opens the page. Call the API from a ` +
        "server, or pass dangerouslyAllowBrowser: true if the key may be public or the page is never served to others.",
    );
  }
  const defaultHeaders: Record<string, string> = {};
  assignHeaders(defaultHeaders, provider.headers);
  assignHeaders(defaultHeaders, options.headers);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const settings = {
    fetch: (url: string, init: RequestInit) => fetchImpl(url, init),
    provider: name,
    retryDelay: options.retryDelay ?? clientDefaults.retryDelay,
    maxRetryDelay: options.maxRetryDelay ?? clientDefaults.maxRetryDelay,
    redact,
    log: createLog(name, options),
  };
  const timeout = options.timeout ?? clientDefaults.timeout;
  const maxRetries = options.maxRetries ?? clientDefaults.maxRetries;

  /** Everything about one call but its parameters, worked out once per operation. */
  const prepared = new Map<string, { url: string; operation: OperationConfig }>();
  function prepare(method: string, path: string) {
    const key = `${method} ${path}`;
    let entry = prepared.get(key);
    if (!entry) {
      const operation = provider.operations[key] ?? undocumented;
      const server = baseUrl ?? serverUrl(operation.servers?.[0] ?? provider.servers[0] ?? { url: "" });
      entry = { url: server + path, operation };
      prepared.set(key, entry);
    }
    return entry;
  }

  async function call(method: (typeof methods)[number], path: string, init: RawInit = {}): Promise<RawResult> {
    checkTuningOptions(name, init);
    const { operation, url: template } = prepare(method, path);
    const auth = credentials.authFor(operation);
    const { params } = init;
    let url = params?.path ? fillPath(template, params.path) : template;
    const query = [params?.query ? serializeQuery(params.query) : "", auth.query].filter(Boolean).join("&");
    if (query) url += `?${query}`;

    // Client headers, then the credentials, then the call's own (which may replace or remove, with
    // null, any of them: a contract test sends a request without its key this way).
    const headers: Record<string, string> = { ...defaultHeaders, ...auth.headers };
    assignHeaders(headers, init.headers);
    assignHeaders(headers, params?.header);
    const request: OutgoingRequest = { method, url, headers };
    if (init.body !== undefined) {
      const [body, contentType] = serializeBody(init.body, operation.request);
      request.body = body;
      if (contentType && !headers["content-type"]) headers["content-type"] = contentType;
    }

    const responses = operation.responses;
    const bodyKind = (response: Response): BodyKind => {
      if (method === "HEAD" || response.status === 204 || response.status === 205) return "empty";
      const status = String(response.status);
      const documented = responses?.[status] ?? responses?.[`${status[0]}XX`] ?? responses?.default;
      return response.ok ? (documented ?? "json") : documented === "blob" ? "blob" : kindFromContentType(response);
    };
    const { response, body } = await sendRequest(request, {
      ...settings,
      timeout: init.timeout ?? timeout,
      maxRetries: init.maxRetries ?? maxRetries,
      retryDelay: init.retryDelay ?? settings.retryDelay,
      maxRetryDelay: init.maxRetryDelay ?? settings.maxRetryDelay,
      signal: init.signal,
      bodyKind,
    });
    // Helpers that find a success body of the wrong shape build their error with this redactor.
    if (hasSecrets) responseRedactors.set(response, redact);
    recordProvider(response, name);
    const result = readResult(response, body, method, redact(response.url || url), bodyKind) as RawResult;
    // The provider's id for the request, on every result (an ApiError has it as well).
    result.requestId = redact(requestIdFrom(response.headers));
    return result;
  }

  function readResult(
    response: Response,
    body: string | Blob | undefined,
    method: string,
    shownUrl: string,
    bodyKind: (response: Response) => BodyKind,
  ): Omit<RawResult, "requestId"> {
    if (!response.ok) return { error: errorFromResponse(response, body, method, shownUrl), response };
    const kind = bodyKind(response);
    if (kind !== "json") return { data: body, response };
    // JSON is parsed here, once: an empty, cut-off or HTML success body becomes an error result.
    try {
      return { data: JSON.parse(body as string), response };
    } catch {
      const text = redact(body as string);
      const problem = text ? `is not valid JSON: ${excerpt(text)}` : "has an empty body; expected JSON";
      return { error: unexpectedResponse(response, method, shownUrl, problem, text), response };
    }
  }

  function errorFromResponse(response: Response, text: string | Blob | undefined, method: string, url: string) {
    let body: unknown = text;
    if (typeof text === "string" && /^\s*[[{"]/.test(text)) {
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON after all: kept as text
      }
    }
    // Redacted as parsed values: the code is read from what the user will see.
    body = redact(body);
    const { code, params } = readErrorCode(body, provider);
    // A parameterised code is shown as sent ("no_style_with_that_id (352)"), values included.
    const shown = params ? (body as Record<string, unknown>)[provider.errorCodeProperty!] : code;
    const explanation = explain(body, code);
    return apiErrorFor({
      provider: name,
      status: response.status,
      code,
      params,
      body,
      headers: redact(response.headers),
      method,
      url,
      message: `${response.status}${shown === undefined ? "" : ` ${shown}`}${explanation ? `: ${explanation}` : ""} (${method} ${url})`,
    });
  }

  const client = {} as Record<(typeof methods)[number], (path: string, init?: RawInit) => Promise<RawResult>>;
  for (const method of methods) client[method] = (path, init) => call(method, path, init);
  return client as unknown as ApiClient<Paths, Err>;
}

/** A short human explanation for the message: the body's `message`, or an excerpt of a non-JSON body. */
function explain(body: unknown, code: string | undefined): string | undefined {
  if (body === undefined || body === "") return "empty body";
  if (typeof body === "string") return `non-JSON body: ${excerpt(body)}`;
  if (typeof Blob !== "undefined" && body instanceof Blob) return `${body.type || "binary"} body, ${body.size} bytes`;
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === "string" && message !== code ? message : undefined;
}
