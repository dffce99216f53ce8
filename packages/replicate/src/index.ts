// Core's public API (error classes and guards, `unwrap`, option and result types), so one import serves.
export * from "@image-sdk/core";
export type { ReplicateApiError, ReplicateClient } from "./generated/client.ts";
export { createReplicateClient, isReplicateApiError } from "./generated/client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type {
  DeploymentPredictionResult,
  ModelPredictionResult,
  PredictionResult,
  ReplicateJobs,
  TrainingResult,
} from "./generated/jobs.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
export type { ReplicatePages } from "./generated/pagination.ts";
