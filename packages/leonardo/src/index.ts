// Core's public API (error classes and guards, `unwrap`, option and result types), so one import serves.
export * from "@image-sdk/core";
export type { LeonardoApiError, LeonardoClient } from "./generated/client.ts";
export { createLeonardoClient, isLeonardoApiError } from "./generated/client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type {
  GenerationResult,
  ImageToVideoGenerationResult,
  LeonardoJobs,
  SvdMotionGenerationResult,
  TextToVideoGenerationResult,
} from "./generated/jobs.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
export type { LeonardoPages } from "./generated/pagination.ts";
