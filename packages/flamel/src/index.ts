export { createFlamelClient } from "./client.ts";
export type { CreateImageResponse, FlamelApiError, FlamelClient, FlamelClientOptions } from "./client.ts";
export { fromCaption } from "./create-image-body.ts";
export type {
  CreateImageBody,
  CreateImageFromCollectionImage,
  CreateImageFromReference,
  CreateImageFromStyle,
  CreateImageSource,
  ImageCaption,
} from "./create-image-body.ts";
export type { FlamelPaths } from "./flamel-paths.ts";
export { flamel as flamelProvider } from "./provider.ts";
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
