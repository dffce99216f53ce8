import type { ApiResult } from "./api-types.ts";
import type { ClientContext } from "./client-context.ts";
import { readErrorCode } from "./error-code.ts";
import { apiErrorFor } from "./errors.ts";
import { excerpt } from "./excerpt.ts";
import type { BodyKind, OperationConfig, ProviderConfig } from "./provider-config.ts";
import { requestIdFrom } from "./request-id.ts";
import type { Received } from "./send-request.ts";
import { unexpectedResponseOf } from "./unexpected-response.ts";

/** How a body is read when the document says nothing for that status: by its Content-Type. */
function kindFromContentType(response: Response): BodyKind {
  const type = response.headers.get("content-type") ?? "";
  return /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip)/.test(type) ? "blob" : "json";
}

/** How the body of each response to `method` on `operation` is read: as documented for its status. */
export function bodyKindOf(method: string, operation: OperationConfig): (response: Response) => BodyKind {
  const { responses } = operation;
  return (response) => {
    if (method === "HEAD" || response.status === 204 || response.status === 205) return "empty";
    const status = String(response.status);
    const documented = responses?.[status] ?? responses?.[`${status[0]}XX`] ?? responses?.default;
    return response.ok ? (documented ?? "json") : documented === "blob" ? "blob" : kindFromContentType(response);
  };
}

/**
 * The result of a call from its response, body read: the data of a success (JSON parsed here,
 * once), else the typed error; a success body that is not the JSON documented is an
 * UnexpectedResponseError. `shownUrl` is the URL as messages show it, redacted.
 */
export function readResult(
  provider: ProviderConfig,
  context: ClientContext,
  { response, body }: Received,
  method: string,
  shownUrl: string,
  kind: BodyKind,
): ApiResult<unknown, unknown> {
  // The provider's id for the request, on every result (an ApiError has it as well).
  const requestId = context.redact(requestIdFrom(response.headers));
  if (!response.ok)
    return { error: errorFromResponse(provider, context, response, body, method, shownUrl), response, requestId };
  if (kind !== "json") return { data: body, response, requestId };
  // An empty, cut-off or HTML success body becomes an error result.
  try {
    return { data: JSON.parse(body as string), response, requestId };
  } catch {
    const text = context.redact(body as string);
    const problem = text ? `is not valid JSON: ${excerpt(text)}` : "has an empty body; expected JSON";
    return { error: unexpectedResponseOf(context, response, method, shownUrl, problem, text), response, requestId };
  }
}

function errorFromResponse(
  provider: ProviderConfig,
  { redact }: ClientContext,
  response: Response,
  text: string | Blob | undefined,
  method: string,
  url: string,
) {
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
    provider: provider.name,
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

/** A short human explanation for the message: the body's `message`, or an excerpt of a non-JSON body. */
function explain(body: unknown, code: string | undefined): string | undefined {
  if (body === undefined || body === "") return "empty body";
  if (typeof body === "string") return `non-JSON body: ${excerpt(body)}`;
  if (typeof Blob !== "undefined" && body instanceof Blob) return `${body.type || "binary"} body, ${body.size} bytes`;
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === "string" && message !== code ? message : undefined;
}
