import type { ApiClient } from "./api-types.ts";
import { callOperation } from "./call-operation.ts";
import { withContext } from "./client-context.ts";
import type { ClientOptions } from "./client-options.ts";
import { clientSettings } from "./client-settings.ts";
import { rememberSettings } from "./client-settings-of.ts";
import type { ApiError } from "./errors.ts";
import type { UntypedCallInit } from "./outgoing-request.ts";
import type { ProviderConfig } from "./provider-config.ts";

const methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * Builds a provider client from its generated configuration. `Err` is the provider's error type,
 * normally `ApiErrorOf<ErrorCodes>`. Throws InvalidOptionError for an option it cannot use, and
 * MissingApiKeyError for an unusable credential; a missing credential is reported when an
 * operation that needs it is called, before anything is sent.
 */
export function createApiClient<Paths extends {}, Err = ApiError>(
  provider: ProviderConfig,
  options: ClientOptions<object> = {},
): ApiClient<Paths, Err> {
  const settings = clientSettings(provider, options);
  rememberSettings(settings);
  const client: Record<string, (path: string, init?: UntypedCallInit) => Promise<unknown>> = {};
  for (const method of methods) client[method] = (path, init = {}) => callOperation(settings, method, path, init);
  // The context (provider, redactor, tuning) rides on the client too, for flows that call it (jobs).
  return withContext(client, settings.context) as unknown as ApiClient<Paths, Err>;
}
