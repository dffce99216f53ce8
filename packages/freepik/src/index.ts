// Everything @image-sdk/core exports (error classes, `unwrap`, option types), so one import serves.
export * from "@image-sdk/core";
export type { FreepikApiError, FreepikClient, FreepikClientOptions } from "./client.ts";
export { createFreepikClient, isFreepikApiError } from "./client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
export { provider as freepikProvider } from "./generated/provider.ts";
export type { TaskStatus } from "./list-tasks.ts";
export type { ImageToPromptOptions, Task } from "./poll-task.ts";
export { TaskFailedError, TaskTimeoutError } from "./task-errors.ts";
