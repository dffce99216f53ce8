// `@image-sdk/core/internal`: the building blocks of provider packages (the generated ones and
// their hand-written helpers). Not for applications, and not covered by semver: a provider
// package depends on the exact core version it was built with. Node-only blocks (node: built-ins)
// are in ./internal-node.ts (`@image-sdk/core/internal/node`).
export { createApiClient } from "./api-client.ts";
export { ApiPromise } from "./api-promise.ts";
export { base64ToBytes, bytesToBase64 } from "./base64.ts";
export { callTuning } from "./client-context.ts";
export { clientDefaults, type Tuning } from "./client-options.ts";
export { apiErrorGuard } from "./guards.ts";
export { helperPromise } from "./helper-promise.ts";
export { imageBytes, isBinaryImage, isDataUrl, isHttpUrl, isSchemeUrl, unsupportedImage } from "./image-input.ts";
export type { JobConfig, JsonPath } from "./jobs/job-config.ts";
export { awaitJob, type JobAnswer, type ReadJobResult, startJob } from "./jobs/run-job.ts";
export { type JobMethods, withJobs } from "./jobs/with-jobs.ts";
export type { PaginationConfig } from "./pagination/pagination-config.ts";
export { type PaginateMethod, withPagination } from "./pagination/with-pagination.ts";
export type {
  BodyKind,
  OperationConfig,
  ProviderConfig,
  RequestKind,
  SecurityScheme,
  ServerConfig,
} from "./provider-config.ts";
export { type Redact, redactorFor } from "./redact-secrets.ts";
export { failedBeforeSending, isRetryableStatus } from "./retry-policy.ts";
export { identify, sdkHeaders } from "./sdk-headers.ts";
export { sleep } from "./sleep.ts";
export { streamResult } from "./streams/stream-result.ts";
export { unexpectedResponse } from "./unexpected-response.ts";
export { sniffMediaType } from "./uploads/sniff-media-type.ts";
