export { createNovitaClient } from "./client.ts";
export type { NovitaApiError, NovitaClient } from "./client.ts";
export type { NovitaImage } from "./image-input.ts";
export { maxImageBytes, maxImageSide } from "./image-limits.ts";
export { novita as novitaProvider } from "./provider.ts";
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
