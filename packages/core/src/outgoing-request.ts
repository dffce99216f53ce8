import type { RequestOptions } from "./client-options.ts";
import type { AppliedAuth } from "./credentials.ts";
import type { OperationConfig } from "./provider-config.ts";
import { holdsFile, serializeBody } from "./request-body.ts";
import type { OutgoingRequest } from "./send-request.ts";
import { fillPath, serializeQuery } from "./url-parameters.ts";

/** The init of a raw call as the client receives it at run time: CallInit, without its operation's types. */
export type UntypedCallInit = Omit<RequestOptions, "headers"> & {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  headers?: RequestOptions["headers"] | Headers;
};

/** Adds `[name, value]` pairs to a header record, names lower-cased so later sources override earlier ones. */
export function assignHeaders(target: Record<string, string>, source: object | undefined): void {
  if (!source) return;
  const entries = source instanceof Headers ? source.entries() : Object.entries(source);
  for (const [name, value] of entries) {
    // null removes a header set by an earlier source, as in openapi-fetch.
    if (value === null) delete target[name.toLowerCase()];
    else if (value !== undefined) target[name.toLowerCase()] = String(value);
  }
}

/**
 * The request of one call: `url` (server and path template) with the path and query parameters,
 * the headers, and the body serialized as the operation's request media type.
 */
export function buildRequest(
  method: string,
  url: string,
  operation: OperationConfig,
  auth: AppliedAuth,
  clientHeaders: Readonly<Record<string, string>>,
  init: UntypedCallInit,
): OutgoingRequest {
  const { params } = init;
  if (params?.path) url = fillPath(url, params.path);
  const query = [params?.query ? serializeQuery(params.query) : "", auth.query].filter(Boolean).join("&");
  // A URL the API answered with (a job's status URL) may carry a query of its own.
  if (query) url += `${url.includes("?") ? "&" : "?"}${query}`;

  // Client headers, then the credentials, then the call's own (which may replace or remove, with
  // null, any of them: a contract test sends a request without its key this way).
  const headers: Record<string, string> = { ...clientHeaders, ...auth.headers };
  assignHeaders(headers, init.headers);
  assignHeaders(headers, params?.header);
  const request: OutgoingRequest = { method, url, headers };
  if (init.body !== undefined) {
    // A file goes as multipart where the operation documents that too (JSON would drop it as `{}`).
    const media = operation.fileRequest && holdsFile(init.body) ? operation.fileRequest : operation.request;
    const [body, contentType] = serializeBody(init.body, media);
    request.body = body;
    if (contentType && !headers["content-type"]) headers["content-type"] = contentType;
  }
  return request;
}
