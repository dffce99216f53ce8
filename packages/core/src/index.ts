// What users of the provider packages may rely on; each provider package re-exports all of it.
// The building blocks of provider packages are in ./internal.ts (`@image-sdk/core/internal`).
export type { ApiErrorOf, DocumentedApiError, UndocumentedStatus } from "./api-error-of.ts";
// A value, not only a type: a class's declaration exports it, so `instanceof ApiPromise` must work.
export { ApiPromise, type WithResponse } from "./api-promise.ts";
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
  UnsendableRequestError,
} from "./errors.ts";
export { isApiError } from "./guards.ts";
export { JobFailedError, JobTimeoutError } from "./jobs/job-errors.ts";
export type { JobHandle, JobResult } from "./jobs/job-types.ts";
export type { JobWebhookOptions, JobWebhookSecretOptions } from "./jobs/job-webhook.ts";
export type { JobExtra, JobOptions, JobResponse, JobStatus } from "./jobs/run-job.ts";
export type { Logger, LogLevel } from "./logger.ts";
export type { PageItem } from "./pagination/page-types.ts";
export type { Page, Paginator } from "./pagination/paginate.ts";
export type { EventStream, ServerSentEvent } from "./streams/event-stream.ts";
export { unwrap } from "./unwrap.ts";
export { type ToFileOptions, toFile, type Uploadable } from "./uploads/to-file.ts";
