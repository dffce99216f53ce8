// What both entries export besides @image-sdk/core and the factory (which the Node entry replaces).
// Each entry re-exports @image-sdk/core itself: esbuild drops an `export *` of an external package
// that reaches an entry through another module's `export *`, so `./node` lost core's names in ESM.
export type { NovitaApiError, NovitaClient } from "./generated/client.ts";
export { isNovitaApiError } from "./generated/client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
export type { NovitaImage } from "./image-input.ts";
export { maxImageBytes, maxImageSide } from "./image-limits.ts";
