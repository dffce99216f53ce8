// Core's public API (error classes and guards, `unwrap`, option and result types), so one import serves.
export * from "@image-sdk/core";
export type { FreepikApiError, FreepikClient, FreepikClientOptions } from "./generated/client.ts";
export { createFreepikClient, isFreepikApiError } from "./generated/client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { FreepikJobs, ImageToPromptTaskResult, ImageToPromptTaskWebhookPayload } from "./generated/jobs.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
export type { ImageToPromptOptions, ImageToPromptResponse, Task } from "./image-to-prompt.ts";
export type { TaskStatus } from "./list-tasks.ts";
export { TaskFailedError, TaskTimeoutError } from "./task-errors.ts";
