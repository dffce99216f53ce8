// imageToPrompt: the document's image-to-prompt job (declared in specs/freepik/overlay.yaml,
// generated into src/generated/jobs.ts, run by core) with Freepik's own names: the prompt as the
// result, `taskId`, and the task errors.
import { ApiPromise, JobFailedError, type JobOptions, JobTimeoutError, type WithResponse } from "@image-sdk/core";
import { startJob, unexpectedResponse } from "@image-sdk/core/internal";
import { jobs } from "./generated/jobs.ts";
import type { components } from "./generated/openapi.ts";
import type { TaskStatus } from "./list-tasks.ts";
import { TaskFailedError, TaskTimeoutError } from "./task-errors.ts";

export type Task = components["schemas"]["ImageToPromptTask"];

/**
 * `imageToPrompt`'s options: the request options, which apply to the create request and to each
 * status check (`maxRetries`, `retryDelay` and `maxRetryDelay` to the create request only: the
 * polling loop is the retry policy of checks), and the polling.
 */
export interface ImageToPromptOptions extends Omit<JobOptions, "onStatus"> {
  /** Also have Freepik POST the finished task here (verify it with `@image-sdk/freepik/webhooks`). */
  webhookUrl?: string | undefined;
  /** Called with the task's id and status when it is created and after each status check. */
  onStatus?: ((task: TaskStatus) => void) | undefined;
}

/** What `imageToPrompt(...).withResponse()` gives: the prompt, the last task response, and the task id. */
export type ImageToPromptResponse = WithResponse<string, { taskId: string }>;

/** The job's errors under Freepik's names (both carry `taskId`); anything else as it is. */
function taskError(error: unknown): never {
  if (error instanceof JobFailedError) throw new TaskFailedError(error.jobId, { cause: error });
  if (error instanceof JobTimeoutError)
    throw new TaskTimeoutError(error.jobId, error.lastStatus ?? "CREATED", error.timeout, { cause: error });
  throw error;
}

export function imageToPrompt(
  client: object,
  image: string,
  options: ImageToPromptOptions = {},
): ApiPromise<string, { taskId: string }> {
  const { webhookUrl, onStatus, ...jobOptions } = options;
  const job = startJob(
    client,
    "imageToPromptTask",
    jobs.imageToPromptTask,
    {
      body: webhookUrl === undefined ? { image } : { image, webhook_url: webhookUrl },
      ...jobOptions,
      onStatus: onStatus && (({ id, status }) => onStatus({ task_id: id, status: status as TaskStatus["status"] })),
    },
    (task, answer) => {
      const prompt = (task as Partial<Task> | undefined)?.generated?.[0];
      if (typeof prompt === "string") return prompt;
      const problem = `completed task ${answer.jobId} has no prompt`;
      throw unexpectedResponse(answer.result, answer.method, answer.path, problem, task);
    },
  );
  return new ApiPromise(
    job
      .withResponse()
      .then(({ data, response, requestId, jobId }) => ({ data, response, requestId, taskId: jobId }), taskError),
  );
}
