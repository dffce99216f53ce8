// Freepik's imageToPrompt helper returns only the prompt, and reports nothing while it polls. The
// task id belongs on the result and each status on the progress display, so the client gets a
// fetch that reads (a clone of) every task response on its way to the helper. It sends nothing
// itself: the client's own request path (retries, timeouts, errors) is untouched. When the Freepik
// package reports task ids and statuses itself (issue 13's withResponse), this file can go.

export interface ObservedTask {
  taskId: string;
  status: string;
}

/** `fetchImpl` (default: the global fetch at call time), telling `onTask` each task it sees. */
export function observeTasks(fetchImpl: typeof fetch | undefined, onTask: (task: ObservedTask) => void): typeof fetch {
  return async (input, init) => {
    const response = await (fetchImpl ?? fetch)(input, init);
    if (response.ok && response.headers.get("content-type")?.includes("json")) {
      // Awaited before the helper sees the response, so the task id is known when it returns.
      const task = await response
        .clone()
        .json()
        .then((body: { data?: { task_id?: unknown; status?: unknown } }) => body?.data)
        .catch(() => undefined);
      if (typeof task?.task_id === "string" && typeof task.status === "string")
        onTask({ taskId: task.task_id, status: task.status });
    }
    return response;
  };
}
