// The browser-safe entry: images as URLs, bytes or Blobs. `@image-sdk/image-to-prompt/node` adds file paths.
import { type DescribeImageOptions, describeSource, type ImagePrompt } from "./describe-image.ts";
import { type ImageInput, toImageSource } from "./image-input.ts";

// The errors an attempt can hold, so one import serves a catch block: core's classes, and Freepik's task errors.
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
} from "@image-sdk/core";
export { TaskFailedError, TaskTimeoutError } from "@image-sdk/freepik";
export { AllProvidersFailedError } from "./all-providers-failed-error.ts";
export type { Attempt } from "./attempt.ts";
export type { DescribeImageOptions, ImagePrompt } from "./describe-image.ts";
export type { ImageInput } from "./image-input.ts";
export type { DescribeProgress } from "./progress.ts";
export type { FreepikOptions } from "./providers/freepik.ts";
export type { ProviderName, ProviderOptions } from "./providers/index.ts";
export { providerNames } from "./providers/index.ts";

/**
 * A prompt describing `image` (an http(s) or data: URL, bytes, or a Blob), from `provider`, or
 * from the first of `providers` that answers. Throws AllProvidersFailedError (every attempt on
 * `attempts`), AbortError when `signal` aborts, InvalidInputError for bad options.
 */
export async function describeImage(image: ImageInput, options: DescribeImageOptions = {}): Promise<ImagePrompt> {
  return describeSource(toImageSource(image), options);
}
