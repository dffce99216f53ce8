// Everything @image-sdk/core exports (error classes, `unwrap`, option types), so one import serves.
export * from "@image-sdk/core";
export type { CreateImageResponse, FlamelApiError, FlamelClient, FlamelClientOptions } from "./client.ts";
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
export { provider as flamelProvider } from "./generated/provider.ts";
