// Core's public API (error classes and guards, `unwrap`, option and result types), so one import serves.
export * from "@image-sdk/core";
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
export type { FlamelApiError, FlamelClient, FlamelClientOptions } from "./generated/client.ts";
export { createFlamelClient, isFlamelApiError } from "./generated/client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
export type { CreateImageResponse, ImageToPromptOptions } from "./helpers.ts";
