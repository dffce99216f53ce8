import { type ApiClient, type ApiErrorOf, ApiPromise, type ClientOptions, type RequestOptions } from "@image-sdk/core";
import {
  apiErrorGuard,
  clientDefaults,
  createApiClient,
  identify,
  type ProviderConfig,
} from "@image-sdk/core/internal";
import { name, version } from "../package.json";
import type { ErrorCodes } from "./generated/errors.ts";
import type { paths } from "./generated/openapi.ts";
import { provider as documented } from "./generated/provider.ts";
import { listTasks, type TaskStatus } from "./list-tasks.ts";
import { type ImageToPromptOptions, pollTask } from "./poll-task.ts";

// Every request names this package and version (User-Agent, or x-image-sdk-version in browsers).
const provider = /* @__PURE__ */ identify(documented, { name, version });

export interface FreepikClientOptions extends ClientOptions {
  /** The header that carries the key. Default "x-freepik-api-key". */
  authHeader?: string | undefined;
}

/** The error type of every Freepik result and helper: narrow by `status`, then `code`. */
export type FreepikApiError = ApiErrorOf<ErrorCodes>;
/** Narrows `unknown` (a `catch` binding) to FreepikApiError: true for errors from Freepik clients only. */
export const isFreepikApiError = /* @__PURE__ */ apiErrorGuard<FreepikApiError>(provider);

export interface FreepikClient extends ApiClient<paths, FreepikApiError> {
  /**
   * Creates an image-to-prompt task for `image` (a URL or base64), polls it until it completes
   * and returns the prompt; `.withResponse()` also gives the last response, its request id and
   * the `taskId`. Throws TaskFailedError / TaskTimeoutError (both carry `taskId`),
   * FreepikApiError and transport errors. Creating the task spends credits, so the create
   * request is re-sent only when the failure proves it was not processed.
   */
  imageToPrompt(image: string, options?: ImageToPromptOptions): ApiPromise<string, { taskId: string }>;
  /** Every image-to-prompt task of the account with its status. Throws FreepikApiError and transport errors. */
  listTasks(options?: RequestOptions): ApiPromise<TaskStatus[]>;
}

/** The provider with every header apiKey scheme sent in `header` instead. */
function withAuthHeader(header: string): ProviderConfig {
  const securitySchemes = Object.fromEntries(
    Object.entries(provider.securitySchemes).map(([id, scheme]) => [
      id,
      scheme.type === "apiKey" && scheme.in === "header" ? { ...scheme, name: header } : scheme,
    ]),
  );
  return { ...provider, securitySchemes };
}

export function createFreepikClient(options: FreepikClientOptions = {}): FreepikClient {
  const { authHeader, ...rest } = options;
  const client = createApiClient<paths, FreepikApiError>(authHeader ? withAuthHeader(authHeader) : provider, rest);
  const requestTimeout = rest.timeout ?? clientDefaults.timeout;
  return {
    ...client,
    imageToPrompt(image, options = {}) {
      const { webhookUrl, pollInterval, pollTimeout, onStatus, ...requestOptions } = options;
      const created = client.POST("/v1/ai/image-to-prompt", {
        body: webhookUrl === undefined ? { image } : { image, webhook_url: webhookUrl },
        ...requestOptions,
      });
      const timeout = requestOptions.timeout ?? requestTimeout;
      return new ApiPromise(created.then((result) => pollTask(client, result, timeout, options)));
    },
    listTasks: (requestOptions) => listTasks(client, requestOptions),
  };
}
