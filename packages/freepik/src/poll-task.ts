import {
  type ApiClient,
  ApiError,
  ConnectionError,
  isRetryableStatus,
  sleep,
  unexpectedResponse,
  unwrap,
} from "@image-sdk/core";
import type { components, paths } from "./generated/openapi.ts";
import { TaskFailedError, TaskTimeoutError } from "./task-errors.ts";

export type Task = components["schemas"]["ImageToPromptTask"];

export interface ImageToPromptOptions {
  /** Milliseconds between status checks. Default 1000. */
  pollInterval?: number | undefined;
  /** Milliseconds to wait for the task to finish once created. Default 300 000. */
  timeout?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Also have Freepik POST the finished task here (verify it with `@image-sdk/freepik/webhooks`). */
  webhookUrl?: string | undefined;
}

const taskPath = "/v1/ai/image-to-prompt/{task-id}";

type TaskResult = { data?: { data: Task }; error?: unknown; response: Response };

/** The task in a create or status response; a body without one is an UnexpectedResponseError, not a crash. */
function readTask(result: TaskResult, method: string, path: string): Task {
  const body = unwrap(result);
  const task = (body as { data?: Partial<Task> }).data;
  if (typeof task?.task_id !== "string" || typeof task.status !== "string") {
    throw unexpectedResponse(result.response, method, path, "has no task (data.task_id, data.status)", body);
  }
  return task as Task;
}

/**
 * Polls a task until COMPLETED (returns its prompt) or FAILED, within `timeout`. A status check
 * that fails transiently (connection error or timeout, 408, 429, 500, 502, 503, 504) does not end
 * the wait: the interval doubles (up to 8×) until a check succeeds, so an overloaded API (503) is
 * not hammered.
 */
export async function pollTask(
  client: ApiClient<paths, unknown>,
  created: TaskResult,
  requestTimeout: number,
  { pollInterval = 1000, timeout = 300_000, signal }: ImageToPromptOptions,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let task = readTask(created, "POST", "/v1/ai/image-to-prompt");
  const taskId = task.task_id;
  let response = created.response;
  let interval = pollInterval;

  for (;;) {
    if (task.status === "FAILED") throw new TaskFailedError(taskId);
    if (task.status === "COMPLETED") {
      const prompt = Array.isArray(task.generated) ? task.generated[0] : undefined;
      if (typeof prompt === "string") return prompt;
      throw unexpectedResponse(response, "GET", taskPath, `completed task ${taskId} has no prompt`, task);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new TaskTimeoutError(taskId, task.status, timeout);
    await sleep(Math.min(interval, remaining), signal);
    if (Date.now() >= deadline) throw new TaskTimeoutError(taskId, task.status, timeout);

    try {
      const result = await client.GET(taskPath, {
        params: { path: { "task-id": taskId } },
        // The loop is the retry policy for checks; a check may not outlive the deadline.
        maxRetries: 0,
        timeout: Math.min(requestTimeout, Math.max(1, deadline - Date.now())),
        ...(signal ? { signal } : {}),
      });
      task = readTask(result, "GET", taskPath);
      response = result.response;
      interval = pollInterval;
    } catch (error) {
      const transient =
        error instanceof ConnectionError || (error instanceof ApiError && isRetryableStatus(error.status));
      if (!transient) throw error;
      interval = Math.min(interval * 2, pollInterval * 8);
    }
  }
}
