import { bytesToBase64 } from "@image-sdk/core/internal";
import { createFreepikClient, type FreepikClientOptions } from "@image-sdk/freepik";
import { type ProviderAdapter, withTimeout } from "./provider-adapter.ts";

/** Freepik's client options plus its polling: `pollInterval`, `pollTimeout`, `webhookUrl`. */
export interface FreepikOptions extends FreepikClientOptions {
  pollInterval?: number;
  pollTimeout?: number;
  webhookUrl?: string;
}

/** Freepik takes a URL or base64; its helper creates a task and polls it, reporting each status. */
export const freepik: ProviderAdapter<FreepikOptions> = {
  displayName: "Freepik",
  async describe(image, { options, signal, timeout, onTaskStatus }) {
    const { pollInterval, pollTimeout, webhookUrl, ...clientOptions } = options;
    const input = image.url ?? bytesToBase64(await image.bytes({ signal, timeout: clientOptions.timeout ?? timeout }));
    const client = createFreepikClient(withTimeout(clientOptions, timeout));
    const {
      data: prompt,
      taskId,
      requestId,
    } = await client
      .imageToPrompt(input, {
        pollInterval,
        pollTimeout,
        webhookUrl,
        signal,
        onStatus: (task) => onTaskStatus({ taskId: task.task_id, status: task.status }),
      })
      .withResponse();
    return { prompt, taskId, ...(requestId === undefined ? {} : { requestId }), raw: prompt };
  },
};
