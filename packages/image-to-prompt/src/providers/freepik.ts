import { createFreepikClient, type FreepikClientOptions, type ImageToPromptOptions } from "@image-sdk/freepik";
import { bytesToBase64 } from "../base64.ts";
import { observeTasks } from "./freepik-task-observer.ts";
import { type ProviderAdapter, withTimeout } from "./provider-adapter.ts";

/** Freepik's client options plus its polling: `pollInterval`, `pollTimeout` (its helper's `timeout`), `webhookUrl`. */
export interface FreepikOptions extends FreepikClientOptions {
  pollInterval?: number;
  pollTimeout?: number;
  webhookUrl?: string;
}

/** Freepik takes a URL or base64; its helper creates a task and polls it. */
export const freepik: ProviderAdapter<FreepikOptions> = {
  displayName: "Freepik",
  async describe(image, { options, signal, timeout, report }) {
    const { pollInterval, pollTimeout, webhookUrl, ...clientOptions } = options;
    const input = image.url ?? bytesToBase64(await image.bytes({ signal, timeout: clientOptions.timeout ?? timeout }));
    let taskId: string | undefined;
    const client = createFreepikClient({
      ...withTimeout(clientOptions, timeout),
      fetch: observeTasks(clientOptions.fetch, (task) => {
        taskId = task.taskId;
        report({ stage: "polling", provider: "freepik", ...task });
      }),
    });
    const pollOptions: ImageToPromptOptions = {
      ...(pollInterval === undefined ? {} : { pollInterval }),
      ...(pollTimeout === undefined ? {} : { timeout: pollTimeout }),
      ...(webhookUrl === undefined ? {} : { webhookUrl }),
      ...(signal ? { signal } : {}),
    };
    const prompt = await client.imageToPrompt(input, pollOptions);
    return { prompt, ...(taskId === undefined ? {} : { taskId }), raw: prompt };
  },
};
