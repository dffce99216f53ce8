// Freepik's helpers over the generated client (src/generated/client.ts): the key's header as a
// client option, imageToPrompt (create a task, poll it) and listTasks.
import { type ApiClient, ApiPromise, type ClientOptions, type RequestOptions } from "@image-sdk/core";
import { callTuning, type ProviderConfig } from "@image-sdk/core/internal";
import type { FreepikApiError } from "./generated/api-error.ts";
import type { paths } from "./generated/openapi.ts";
import { listTasks, type TaskStatus } from "./list-tasks.ts";
import { type ImageToPromptOptions, pollTask } from "./poll-task.ts";

export interface FreepikClientOptions extends ClientOptions {
  /** The header that carries the key. Default "x-freepik-api-key". */
  authHeader?: string | undefined;
}

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

export function withHelpers(client: ApiClient<paths, FreepikApiError>): FreepikClient {
  return {
    ...client,
    imageToPrompt(image, options = {}) {
      const { webhookUrl, pollInterval, pollTimeout, onStatus, ...requestOptions } = options;
      const created = client.POST("/v1/ai/image-to-prompt", {
        body: webhookUrl === undefined ? { image } : { image, webhook_url: webhookUrl },
        ...requestOptions,
      });
      // Each status check's timeout: the client's, or this call's (merged as the client merges them).
      return new ApiPromise(
        created.then((result) => pollTask(client, result, callTuning(result, requestOptions).timeout, options)),
      );
    },
    listTasks: (requestOptions) => listTasks(client, requestOptions),
  };
}
