// `@image-sdk/core/internal`: the building blocks of provider packages (the generated ones and
// their hand-written helpers). Not for applications, and not covered by semver: a provider
// package depends on the exact core version it was built with.
export { createApiClient } from "./api-client.ts";
export { ApiPromise } from "./api-promise.ts";
export { clientDefaults } from "./client-options.ts";
export { apiErrorGuard } from "./guards.ts";
export { helperPromise } from "./helper-promise.ts";
export type {
  BodyKind,
  OperationConfig,
  ProviderConfig,
  RequestKind,
  SecurityScheme,
  ServerConfig,
} from "./provider-config.ts";
export { failedBeforeSending, isRetryableStatus } from "./retry-policy.ts";
export { identify, sdkHeaders } from "./sdk-headers.ts";
export { sleep } from "./sleep.ts";
export { unexpectedResponse } from "./unexpected-response.ts";
