import type { ApiClient, ApiPromise, RequestOptions } from "@image-sdk/core";
import { helperPromise, unexpectedResponse } from "@image-sdk/core/internal";
import type { components, paths } from "./generated/openapi.ts";

/**
 * A task as the list gives it: its id and status (`GET /v1/ai/image-to-prompt/{task-id}` has the
 * prompt). An interface, so a hover on listTasks' result names it instead of expanding the schema.
 */
export interface TaskStatus extends TaskStatusSchema {}
type TaskStatusSchema = components["schemas"]["TaskStatus"];

const listPath = "/v1/ai/image-to-prompt";

/**
 * Every image-to-prompt task of the account, with its status. A GET, so it is retried like any
 * idempotent call; a body without the `data` list is an UnexpectedResponseError.
 */
export function listTasks(client: ApiClient<paths, unknown>, options: RequestOptions = {}): ApiPromise<TaskStatus[]> {
  return helperPromise(client.GET(listPath, options), (body, result) => {
    const tasks = (body as { data?: unknown }).data;
    if (
      !Array.isArray(tasks) ||
      !tasks.every((task) => typeof task?.task_id === "string" && typeof task.status === "string")
    ) {
      throw unexpectedResponse(result, "GET", listPath, "has no task list (data[].task_id, data[].status)", body);
    }
    return tasks as TaskStatus[];
  });
}
