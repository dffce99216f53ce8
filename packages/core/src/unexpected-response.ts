import { UnexpectedResponseError } from "./errors.ts";
import { responseRedactors } from "./redact-secrets.ts";
import { providerOf } from "./response-provider.ts";

/**
 * A success response that does not carry what the operation returns. `problem` completes
 * "<status> response …". Body, headers, URL and message are redacted with the credentials of the
 * client that received `response`, so helpers can hand over what they parsed as it is.
 */
export function unexpectedResponse(
  response: Response,
  method: string,
  url: string,
  problem: string,
  body?: unknown,
): UnexpectedResponseError {
  const redact = responseRedactors.get(response) ?? ((value) => value);
  url = redact(response.url || url);
  return new UnexpectedResponseError({
    provider: providerOf(response),
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

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}
