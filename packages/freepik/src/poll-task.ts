import {
  type ApiClient,
  ApiError,
  ConnectionError,
  type RequestOptions,
  unwrap,
  type WithResponse,
} from "@image-sdk/core";
import { isRetryableStatus, sleep, unexpectedResponse } from "@image-sdk/core/internal";
import type { components, paths } from "./generated/openapi.ts";
import type { TaskStatus } from "./list-tasks.ts";
import { TaskFailedError, TaskTimeoutError } from "./task-errors.ts";

export type Task = components["schemas"]["ImageToPromptTask"];

/**
 * `imageToPrompt`'s options: the request options, which apply to the create request and to each
 * status check (`maxRetries`, `retryDelay` and `maxRetryDelay` to the create request only: the
 * polling loop is the retry policy of checks), and the polling.
 */
export interface ImageToPromptOptions extends RequestOptions {
  /** Milliseconds between status checks. Default 1000. */
  pollInterval?: number | undefined;
  /** Milliseconds to wait for the task to finish once created. Default 300 000. */
  pollTimeout?: number | undefined;
  /** Also have Freepik POST the finished task here (verify it with `@image-sdk/freepik/webhooks`). */
  webhookUrl?: string | undefined;
  /** Called with the task's id and status when it is created and after each status check. */
  onStatus?: ((task: TaskStatus) => void) | undefined;
}

/** What `imageToPrompt(...).withResponse()` gives: the prompt, the last task response, and the task id. */
export type ImageToPromptResponse = WithResponse<string, { taskId: string }>;

const taskPath = "/v1/ai/image-to-prompt/{task-id}";

type TaskResult = { data?: { data: Task }; error?: unknown; response: Response };

/** The task in a create or status response; a body without one is an UnexpectedResponseError, not a crash. */
function readTask(result: TaskResult, method: string, path: string): Task {
  const body = unwrap(result);
  const task = (body as { data?: Partial<Task> }).data;
  if (typeof task?.task_id !== "string" || typeof task.status !== "string") {
    throw unexpectedResponse(result, method, path, "has no task (data.task_id, data.status)", body);
  }
  return task as Task;
}

/**
 * Polls a task until COMPLETED (returns its prompt) or FAILED, within `pollTimeout`. A status
 * check that fails transiently (connection error or timeout, 408, 429, 500, 502, 503, 504) does
 * not end the wait: the interval doubles (up to 8×) until a check succeeds, so an overloaded API
 * (503) is not hammered.
 */
export async function pollTask(
  client: ApiClient<paths, unknown>,
  created: TaskResult & { requestId: string | undefined },
  requestTimeout: number,
  options: ImageToPromptOptions,
): Promise<ImageToPromptResponse> {
  const { pollInterval = 1000, pollTimeout = 300_000, signal, onStatus, headers } = options;
  const deadline = Date.now() + pollTimeout;
  let task = readTask(created, "POST", "/v1/ai/image-to-prompt");
  const taskId = task.task_id;
  let last = created;
  let interval = pollInterval;

  for (;;) {
    onStatus?.({ task_id: taskId, status: task.status });
    if (task.status === "FAILED") throw new TaskFailedError(taskId);
    if (task.status === "COMPLETED") {
      const prompt = Array.isArray(task.generated) ? task.generated[0] : undefined;
      if (typeof prompt === "string")
        return { data: prompt, response: last.response, requestId: last.requestId, taskId };
      throw unexpectedResponse(last, "GET", taskPath, `completed task ${taskId} has no prompt`, task);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new TaskTimeoutError(taskId, task.status, pollTimeout);
    await sleep(Math.min(interval, remaining), signal);
    if (Date.now() >= deadline) throw new TaskTimeoutError(taskId, task.status, pollTimeout);

    try {
      const result = await client.GET(taskPath, {
        params: { path: { "task-id": taskId } },
        // The loop is the retry policy for checks; a check may not outlive the deadline.
        maxRetries: 0,
        timeout: Math.min(requestTimeout, Math.max(1, deadline - Date.now())),
        ...(signal ? { signal } : {}),
        ...(headers ? { headers } : {}),
      });
      task = readTask(result, "GET", taskPath);
      last = result;
      interval = pollInterval;
    } catch (error) {
      const transient =
        error instanceof ConnectionError || (error instanceof ApiError && isRetryableStatus(error.status));
      if (!transient) throw error;
      interval = Math.min(interval * 2, pollInterval * 8);
    }
  }
}
