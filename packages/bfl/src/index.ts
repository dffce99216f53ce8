// Core's public API (error classes and guards, `unwrap`, option and result types), so one import serves.
export * from "@image-sdk/core";
export type { BflApiError, BflClient } from "./generated/client.ts";
export { createBflClient, isBflApiError } from "./generated/client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { BflJobs } from "./generated/jobs.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
