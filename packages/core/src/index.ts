export { createApiClient } from "./api-client.ts";
export type { ApiErrorOf, DocumentedApiError, UndocumentedStatus } from "./api-error-of.ts";
export type {
  ApiClient,
  ApiMethod,
  ApiResult,
  CallInit,
  CallResult,
  HttpMethod,
  SuccessData,
} from "./api-types.ts";
export type { ClientOptions, RequestOptions } from "./client-options.ts";
export { clientDefaults } from "./client-options.ts";
export type { ApiErrorInit } from "./errors.ts";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  ImageSdkError,
  InternalServerError,
  InvalidInputError,
  InvalidOptionError,
  MissingApiKeyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnexpectedResponseError,
  UnprocessableEntityError,
} from "./errors.ts";
export { apiErrorGuard, isApiError } from "./guards.ts";
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
export { unwrap } from "./unwrap.ts";
