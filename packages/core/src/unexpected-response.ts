import { UnexpectedResponseError } from "./errors.ts";

/** A success response that does not carry what the operation returns. `problem` completes "<status> response …". */
export function unexpectedResponse(
  response: Response,
  method: string,
  url: string,
  problem: string,
  body?: unknown,
): UnexpectedResponseError {
  const target = response.url || url;
  return new UnexpectedResponseError({
    status: response.status,
    code: undefined,
    params: undefined,
    body,
    headers: response.headers,
    method,
    url: target,
    message: `${response.status} response ${problem} (${[method, target].filter(Boolean).join(" ")})`,
  });
}

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}
