// Freepik's helpers over the generated client (src/generated/client.ts): the key's header as a
// client option, imageToPrompt (the generated image-to-prompt job, read as its prompt) and listTasks.
import type { ApiClient, ApiPromise, ClientOptions, RequestOptions } from "@image-sdk/core";
import type { ProviderConfig } from "@image-sdk/core/internal";
import type { FreepikApiError } from "./generated/api-error.ts";
import type { FreepikJobs } from "./generated/jobs.ts";
import type { paths } from "./generated/openapi.ts";
import { type ImageToPromptOptions, imageToPrompt } from "./image-to-prompt.ts";
import { listTasks, type TaskStatus } from "./list-tasks.ts";

export interface FreepikClientOptions extends ClientOptions {
  /** The header that carries the key. Default "x-freepik-api-key". */
  authHeader?: string | undefined;
}

export interface FreepikClient extends ApiClient<paths, FreepikApiError>, FreepikJobs {
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

/** `authHeader`: every header apiKey scheme of the provider is sent in that header instead. */
export function configureClient(
  provider: ProviderConfig,
  { authHeader, ...rest }: FreepikClientOptions,
): [ProviderConfig, ClientOptions] {
  if (!authHeader) return [provider, rest];
  const securitySchemes = Object.fromEntries(
    Object.entries(provider.securitySchemes).map(([id, scheme]) => [
      id,
      scheme.type === "apiKey" && scheme.in === "header" ? { ...scheme, name: authHeader } : scheme,
    ]),
  );
  return [{ ...provider, securitySchemes }, rest];
}

export function withHelpers(client: ApiClient<paths, FreepikApiError> & FreepikJobs): FreepikClient {
  return {
    ...client,
    imageToPrompt: (image, options) => imageToPrompt(client, image, options),
    listTasks: (requestOptions) => listTasks(client, requestOptions),
  };
}
