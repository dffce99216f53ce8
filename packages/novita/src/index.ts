// Everything @image-sdk/core exports (error classes, `unwrap`, option types), so one import serves.
export * from "@image-sdk/core";
export type { NovitaApiError, NovitaClient } from "./client.ts";
export { createNovitaClient, isNovitaApiError } from "./client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
export type { NovitaImage } from "./image-input.ts";
export { maxImageBytes, maxImageSide } from "./image-limits.ts";
export { novita as novitaProvider } from "./provider.ts";
