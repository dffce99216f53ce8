// Core's public API (error classes and guards, `unwrap`, option and result types), so one import serves.
export * from "@image-sdk/core";
export type { BflApiError, BflClient } from "./generated/client.ts";
export { createBflClient, isBflApiError } from "./generated/client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type {
  BflJobs,
  Flux2FlexResult,
  Flux2Klein4bResult,
  Flux2Klein9bPreviewResult,
  Flux2Klein9bResult,
  Flux2MaxResult,
  Flux2ProPreviewResult,
  Flux2ProResult,
  FluxDevResult,
  FluxKontextMaxResult,
  FluxKontextProResult,
  FluxPro10ExpandResult,
  FluxPro10FillFinetunedResult,
  FluxPro10FillResult,
  FluxPro11Result,
  FluxPro11UltraFinetunedResult,
  FluxPro11UltraResult,
} from "./generated/jobs.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
