export type { components, operations, paths } from "./generated/openapi.ts";
export type { ErrorCodes } from "./generated/errors.ts";
