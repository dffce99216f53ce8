import openapiFetch, {
  type Client,
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
} from "openapi-fetch";
import { resolveApiKey } from "./api-key.ts";
import type { ClientOptions, RequestOptions } from "./client-options.ts";
import { type ErrorCodeSource, readErrorCode } from "./error-code.ts";
import { type ApiError, apiErrorFor, ConnectionError, ImageSdkError } from "./errors.ts";
import { redactHeaders, redactKey } from "./redact-key.ts";
import { type CallOptions, ReplayableRequest } from "./replayable-request.ts";
import { recordProvider } from "./response-provider.ts";
import { createTransport } from "./transport.ts";
import { excerpt, unexpectedResponse } from "./unexpected-response.ts";

// openapi-fetch's CommonJS build puts createClient on `exports.default`. This package is
// "type": "module", so our CJS output imports it with Node's interop, where the default import is
// that whole exports object; the ESM build gets the function itself. Accept both shapes.
const createClient: typeof openapiFetch =
  typeof openapiFetch === "function"
    ? openapiFetch
    : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

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

type Operation<PathItem, Method extends HttpMethod> = PathItem extends {
  [M in Method]: infer Op extends Record<string | number, any>;
}
  ? Op
  : never;

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
  const { name, auth } = provider;
  const apiKey = resolveApiKey(name, options.apiKey, provider.apiKeyEnv);
  const raw = createClient<Paths>({
    baseUrl: options.baseUrl ?? provider.baseUrl,
    Request: ReplayableRequest as typeof Request,
    fetch: createTransport(name, options),
    headers: {
      ...provider.headers,
      ...options.headers,
      [auth.header]: auth.scheme ? `${auth.scheme} ${apiKey}` : apiKey,
    },
  });

  /** Runs one call through openapi-fetch and turns every failure mode into a typed outcome. */
  async function call(method: "GET" | "POST", url: string, init?: RawInit): Promise<RawResult> {
    // JSON is read as text here rather than by openapi-fetch, so an empty, cut-off or HTML
    // success body becomes an error result instead of a SyntaxError.
    const parseAs = init?.parseAs ?? "json";
    // The transport records the response here, so a body that fails mid-read is known to be one.
    const callState: CallOptions["callState"] = {};
    let result: RawResult;
    try {
      result = await (raw[method] as unknown as RawCall)(url, {
        ...init,
        parseAs: parseAs === "json" ? "text" : parseAs,
        callState,
      });
    } catch (error) {
      const response = callState.response;
      if (error instanceof ImageSdkError || !response) throw error;
      throw new ConnectionError(
        `${name}: the ${response.status} response body of ${method} ${response.url || url} could not be read: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const { response, data: text } = result;
    recordProvider(response, name);
    if (!response.ok)
      return { error: errorFromResponse(response, result.error, method, response.url || url), response };
    if (parseAs !== "json" || (response.status === 204 && !text)) return result;
    try {
      result.data = JSON.parse(text as string); // "" and undefined (no body) throw too
      return result;
    } catch {
      const body = text ? redactKey(text as string, apiKey) : "";
      const problem = body ? `is not valid JSON: ${excerpt(body)}` : "has an empty body; expected JSON";
      return { error: unexpectedResponse(response, method, url, problem, body, apiKey), response };
    }
  }

  function errorFromResponse(response: Response, body: unknown, method: string, url: string): ApiError {
    // openapi-fetch hands over the error body parsed when it is JSON, else as text.
    const text = typeof body === "string" ? body : JSON.stringify(body);
    if (text?.includes(apiKey)) {
      const redacted = redactKey(text, apiKey);
      body = typeof body === "string" ? redacted : JSON.parse(redacted);
    }
    const { code, params } = readErrorCode(body, provider);
    // A parameterised code is shown as sent ("no_style_with_that_id (352)"), values included.
    const shown = params ? (body as Record<string, unknown>)[provider.property] : code;
    const explanation = explain(body, code);
    return apiErrorFor({
      provider: name,
      status: response.status,
      code,
      params,
      body,
      headers: redactHeaders(response.headers, apiKey),
      method,
      url,
      message: `${response.status}${shown === undefined ? "" : ` ${shown}`}${explanation ? `: ${explanation}` : ""} (${method} ${url})`,
    });
  }

  return {
    GET: (url: string, init?: RawInit) => call("GET", url, init),
    POST: (url: string, init?: RawInit) => call("POST", url, init),
  } as unknown as ApiClient<Paths, Err>;
}

/** A short human explanation for the message: the body's `message`, or an excerpt of a non-JSON body. */
function explain(body: unknown, code: string | undefined): string | undefined {
  if (body === undefined || body === "") return "empty body";
  if (typeof body === "string") return `non-JSON body: ${excerpt(body)}`;
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === "string" && message !== code ? message : undefined;
}
