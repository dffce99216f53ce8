import { unexpectedResponse } from "./unexpected-response.ts";

/**
 * The throwing style: the data of a result, or its error thrown.
 * `const data = unwrap(await client.POST(...))`.
 */
export function unwrap<Result extends { data?: unknown; error?: unknown; response: Response }>(
  result: Result,
): NonNullable<Result["data"]> {
  if (result.error !== undefined) throw result.error;
  // Only a 204 gets here without data; no operation of these APIs answers one.
  if (result.data === undefined || result.data === null) throw unexpectedResponse(result, "", "", "has no body");
  return result.data as NonNullable<Result["data"]>;
}
