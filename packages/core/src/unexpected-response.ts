import { UnexpectedResponseError } from "./errors.ts";
import { redactHeaders } from "./redact-key.ts";
import { providerOf } from "./response-provider.ts";

/** A success response that does not carry what the operation returns. `problem` completes "<status> response …". */
export function unexpectedResponse(
  response: Response,
  method: string,
  url: string,
  problem: string,
  body?: unknown,
  /** Redacted from the headers if given (the body and problem are the caller's to redact). */
  apiKey?: string,
): UnexpectedResponseError {
  url = response.url || url;
  return new UnexpectedResponseError({
    provider: providerOf(response),
    status: response.status,
    code: undefined,
    params: undefined,
    body,
    headers: apiKey ? redactHeaders(response.headers, apiKey) : response.headers,
    method,
    url,
    message: `${response.status} response ${problem} (${[method, url].filter(Boolean).join(" ")})`,
  });
}

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}
