export { createFreepikClient } from "./client.ts";
export type { FreepikApiError, FreepikClient, FreepikClientOptions } from "./client.ts";
export type { ImageToPromptOptions, Task } from "./poll-task.ts";
export { freepik as freepikProvider } from "./provider.ts";
export { TaskFailedError, TaskTimeoutError } from "./task-errors.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
// The shared error classes and the throwing helper, so one import serves.
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  ImageSdkError,
  InternalServerError,
  InvalidInputError,
  MissingApiKeyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnexpectedResponseError,
  UnprocessableEntityError,
  unwrap,
} from "@image-sdk/core";
export type { ClientOptions, RequestOptions } from "@image-sdk/core";
