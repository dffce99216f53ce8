import openapiFetch, {
  type Client,
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
} from "openapi-fetch";
import { resolveApiKey } from "./api-key.ts";
import { readErrorCode, type ErrorCodeSource } from "./error-code.ts";
import { apiErrorFor, ConnectionError, ImageSdkError, type ApiError } from "./errors.ts";
import { redactHeaders, redactKey } from "./redact-key.ts";
import { ReplayableRequest } from "./replayable-request.ts";
import { createTransport } from "./transport.ts";
import { excerpt, unexpectedResponse } from "./unexpected-response.ts";

// openapi-fetch's CommonJS build puts createClient on `exports.default`. This package is
// "type": "module", so our CJS output imports it with Node's interop, where the default import is
// that whole exports object; the ESM build gets the function itself. Accept both shapes.
const createClient: typeof openapiFetch =
  typeof openapiFetch === "function" ? openapiFetch : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

/** The defaults of the tuning options below. */
export const clientDefaults = { timeout: 60_000, maxRetries: 2, retryDelay: 500, maxRetryDelay: 60_000 } as const;

/** Options every provider client accepts. */
export interface ClientOptions {
  /** The API key; defaults to the provider's environment variable (e.g. FLAMEL_API_KEY). */
  apiKey?: string;
  /** Defaults to the provider's production server from its spec. */
  baseUrl?: string;
  /** A fetch implementation; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Milliseconds to wait for response headers, per attempt. Default 60 000; Infinity for none. */
  timeout?: number;
  /** Retries after the first attempt (see retry-policy.ts for which failures). Default 2. */
  maxRetries?: number;
  /** First backoff step in ms, doubled per retry. Default 500. */
  retryDelay?: number;
  /** Cap in ms for a backoff step and for a server's Retry-After. Default 60 000. */
  maxRetryDelay?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** Per-call options, accepted in the init of any call next to `body` and `params`. */
export interface RequestOptions {
  timeout?: number;
  maxRetries?: number;
  signal?: AbortSignal;
}

/** What a provider package states about its API; everything else is shared. */
export interface ProviderConfig extends ErrorCodeSource {
  /** Display name used in messages, e.g. "Flamel". */
  name: string;
  /** Environment variable read when no apiKey option is given. */
  apiKeyEnv: string;
  /** Production server (the spec's first server). */
  baseUrl: string;
  /** Where the key goes: a header name, and an optional scheme (`Authorization: Bearer <key>`). */
  auth: { header: string; scheme?: "Bearer" };
  /** Headers the provider needs on every request, overridable by `options.headers`. */
  headers?: Record<string, string>;
}

type HttpMethod = "get" | "post";

/** `{ data, error, response }` as in openapi-fetch, with `error` a typed ApiError. */
export type ApiResult<Operation extends Record<string | number, any>, Init, Err> =
  | { data: SuccessData<Operation, Init>; error?: never; response: Response }
  | { data?: never; error: Err; response: Response };

type SuccessData<Operation extends Record<string | number, any>, Init> = Exclude<
  FetchResponse<Operation, Init, `${string}/${string}`>,
  { data?: never }
>["data"];

type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & RequestOptions)?] : [Init & RequestOptions];

type Operation<PathItem, Method extends HttpMethod> = PathItem extends { [M in Method]: infer Op extends Record<string | number, any> } ? Op : never;

export type ApiMethod<Paths extends {}, Method extends HttpMethod, Err> = <
  Path extends ClientPathsWithMethod<Client<Paths>, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<ApiResult<Operation<Paths[Path], Method>, Init, Err>>;

/** A provider client's raw calls: openapi-fetch's GET/POST with typed errors and per-call options. */
export interface ApiClient<Paths extends {}, Err = ApiError> {
  GET: ApiMethod<Paths, "get", Err>;
  POST: ApiMethod<Paths, "post", Err>;
}

type RawInit = Record<string, unknown> & { parseAs?: string };
type RawResult = { data?: unknown; error?: unknown; response: Response };
type RawCall = (url: string, init: RawInit) => Promise<RawResult>;

/**
 * Builds a provider client on openapi-fetch. `Err` is the provider's error type, normally
 * `ApiErrorOf<ErrorCodes>`. Throws MissingApiKeyError when there is no key.
 */
export function createApiClient<Paths extends {}, Err = ApiError>(
  provider: ProviderConfig,
  options: ClientOptions = {},
): ApiClient<Paths, Err> {
  const apiKey = resolveApiKey(provider.name, options.apiKey, provider.apiKeyEnv);
  const raw = createClient<Paths>({
    baseUrl: options.baseUrl ?? provider.baseUrl,
    Request: ReplayableRequest as typeof Request,
    fetch: createTransport({
      provider: provider.name,
      fetch: options.fetch ?? globalThis.fetch,
      timeout: options.timeout ?? clientDefaults.timeout,
      maxRetries: options.maxRetries ?? clientDefaults.maxRetries,
      retryDelay: options.retryDelay ?? clientDefaults.retryDelay,
      maxRetryDelay: options.maxRetryDelay ?? clientDefaults.maxRetryDelay,
    }),
    headers: {
      ...provider.headers,
      ...options.headers,
      [provider.auth.header]: provider.auth.scheme ? `${provider.auth.scheme} ${apiKey}` : apiKey,
    },
  });

  /** Runs one call through openapi-fetch and turns every failure mode into a typed outcome. */
  async function call(rawCall: RawCall, method: string, url: string, init: RawInit | undefined): Promise<RawResult> {
    // JSON is read as text here rather than by openapi-fetch, so an empty, cut-off or HTML
    // success body becomes an error result instead of a SyntaxError.
    const parseJson = init?.parseAs === undefined || init.parseAs === "json";
    // The transport records the response here, so a body that fails mid-read is known to be one.
    const callState = { response: undefined as Response | undefined };
    let result: RawResult;
    try {
      result = await rawCall(url, { ...init, parseAs: parseJson ? "text" : init!.parseAs, callState });
    } catch (error) {
      if (error instanceof ImageSdkError || !callState.response) throw error;
      const { status, url: responseUrl } = callState.response;
      throw new ConnectionError(
        `${provider.name}: the ${status} response body of ${method} ${responseUrl || url} could not be read: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const { response } = result;
    if (!response.ok) {
      return { error: errorFromResponse(response, result.error, { method, url: response.url || url }), response };
    }
    if (!parseJson) return result;
    const text = result.data;
    if (typeof text !== "string" || text === "") {
      if (response.status === 204) return result;
      return { error: unexpectedResponse(response, method, url, "has an empty body; expected JSON", "", apiKey), response };
    }
    try {
      return { data: JSON.parse(text), response };
    } catch {
      const body = redactKey(text, apiKey);
      return { error: unexpectedResponse(response, method, url, `is not valid JSON: ${excerpt(body)}`, body, apiKey), response };
    }
  }

  function errorFromResponse(response: Response, rawBody: unknown, target: { method: string; url: string }): ApiError {
    // openapi-fetch hands over the error body parsed when it is JSON, else as text.
    let body = rawBody;
    if (body !== undefined && body !== "") {
      const text = typeof body === "string" ? body : JSON.stringify(body);
      if (text.includes(apiKey)) {
        const redacted = redactKey(text, apiKey);
        body = typeof body === "string" ? redacted : JSON.parse(redacted);
      }
    }
    const { code, params } = readErrorCode(body, provider);
    // A parameterised code is shown as sent ("no_style_with_that_id (352)"), values included.
    const shown = params ? String((body as Record<string, unknown>)[provider.property]) : code;
    const explanation = explain(body, code);
    return apiErrorFor({
      status: response.status,
      code,
      params,
      body,
      headers: redactHeaders(response.headers, apiKey),
      ...target,
      message: `${response.status}${shown === undefined ? "" : ` ${shown}`}${explanation ? `: ${explanation}` : ""} (${target.method} ${target.url})`,
    });
  }

  const methods = {
    GET: (url: string, init?: RawInit) => call(raw.GET as unknown as RawCall, "GET", url, init),
    POST: (url: string, init?: RawInit) => call(raw.POST as unknown as RawCall, "POST", url, init),
  };
  return methods as unknown as ApiClient<Paths, Err>;
}

/** A short human explanation for the message: the body's `message`, or an excerpt of a non-JSON body. */
function explain(body: unknown, code: string | undefined): string | undefined {
  if (body === undefined || body === "") return "empty body";
  if (typeof body === "string") return `non-JSON body: ${excerpt(body)}`;
  const message = body !== null && typeof body === "object" ? (body as { message?: unknown }).message : undefined;
  return typeof message === "string" && message !== code ? message : undefined;
}
