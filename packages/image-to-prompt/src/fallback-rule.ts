import { ApiError, ConnectionError, InvalidInputError, MissingApiKeyError, TimeoutError } from "@image-sdk/core";
import { failedBeforeSending } from "@image-sdk/core/internal";

/**
 * Whether `error` proves the provider did not process the request, so that asking the next
 * provider cannot charge twice for one image. The same rule as core's retry of a POST: nothing was
 * sent (no key, an input this provider cannot take, connection refused or host not found), or the
 * server refused before processing (429, 503). A timeout, a dropped connection, any other status,
 * or a Freepik task that failed after it was created may follow a charge: no.
 */
export function provesNotProcessed(error: unknown): boolean {
  if (error instanceof MissingApiKeyError || error instanceof InvalidInputError) return true;
  if (error instanceof ApiError) return error.status === 429 || error.status === 503;
  if (error instanceof ConnectionError && !(error instanceof TimeoutError)) return failedBeforeSending(error.cause);
  return false;
}
