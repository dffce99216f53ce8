// Core's public API (error classes and guards, `unwrap`, option and result types), so one import serves.
export * from "@image-sdk/core";
export type {
  CreateImageResponse,
  FlamelApiError,
  FlamelClient,
  FlamelClientOptions,
  ImageToPromptOptions,
} from "./client.ts";
export { createFlamelClient, isFlamelApiError } from "./client.ts";
export type {
  CreateImageBody,
  CreateImageFromCollectionImage,
  CreateImageFromReference,
  CreateImageFromStyle,
  CreateImageSource,
  ImageCaption,
} from "./create-image-body.ts";
export { fromCaption } from "./create-image-body.ts";
export type { FlamelPaths } from "./flamel-paths.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
