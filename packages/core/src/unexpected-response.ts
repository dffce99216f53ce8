import { type ClientContext, contextOf } from "./client-context.ts";
import { UnexpectedResponseError } from "./errors.ts";

/**
 * A success `result` that does not carry what the operation returns. `problem` completes
 * "<status> response …". Body, headers, URL and message are redacted with the credentials of the
 * client that returned `result`, so helpers can hand over what they parsed as it is.
 */
export function unexpectedResponse(
  result: { response: Response },
  method: string,
  url: string,
  problem: string,
  body?: unknown,
): UnexpectedResponseError {
  return unexpectedResponseOf(contextOf(result), result.response, method, url, problem, body);
}

/** As unexpectedResponse, for the client itself, which has the context before the result. */
export function unexpectedResponseOf(
  context: ClientContext | undefined,
  response: Response,
  method: string,
  url: string,
  problem: string,
  body?: unknown,
): UnexpectedResponseError {
  const redact = context?.redact ?? ((value) => value);
  url = redact(response.url || url);
  return new UnexpectedResponseError({
    provider: context?.provider,
    status: response.status,
    code: undefined,
    params: undefined,
    body: redact(body),
    headers: redact(response.headers),
    method,
    url,
    message: redact(`${response.status} response ${problem} (${[method, url].filter(Boolean).join(" ")})`),
  });
}
