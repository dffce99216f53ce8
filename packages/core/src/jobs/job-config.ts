// What a provider package states about one job (submit, then wait), generated from the
// document's `x-image-sdk-job` extension by scripts/pipeline/jobs-file.ts into
// packages/<name>/src/generated/jobs.ts. Plain data: the runner (run-job.ts) is shared.

/** A location in a JSON body: the property names from the top (`/data/task_id` → `["data", "task_id"]`). */
export type JsonPath = readonly string[];

export interface JobConfig {
  /** The submitting operation: `"<METHOD> <path template>"`. */
  submit: string;
  /**
   * The status operation, `"GET <path template>"`: called with the job id (`idParameter`), and, when
   * the job is checked at a status URL, whose security and responses apply there.
   */
  status?: string;
  /** Where the status operation takes the job id: a path or a query parameter, by name. */
  idParameter?: readonly ["path" | "query", string];
  /**
   * The URL to check the job at, in the submit answer (BFL's `polling_url`): absolute, or relative
   * to the server. Preferred to `status` + `idParameter`, which are the way when an answer has none.
   */
  statusUrl?: JsonPath;
  /** The job id in the submit answer. */
  id: JsonPath;
  /** The status in the status answer (and in the submit answer, when it has one). */
  statusField: JsonPath;
  /** Statuses of a finished job. */
  done: readonly string[];
  /** Statuses of a failed job. */
  failed: readonly string[];
  /** Statuses of a job still running; when given, any status in none of the lists is an unexpected response. */
  pending?: readonly string[];
  /** The result in the answer that says done; absent: the whole body. */
  result?: JsonPath;
  /** The provider's reason in the answer that says failed. */
  error?: JsonPath;
  /** What the provider calls a job ("task", "prediction"), for messages. Default "job". */
  noun?: string;
  /** The submit body's fields the `webhookUrl` and `webhookSecret` options set (job-webhook.ts). */
  webhook?: { url: JsonPath; secret?: JsonPath };
}

/** The value at `path` in `body`, or undefined where the body has no such property. */
export function valueAt(body: unknown, path: JsonPath): unknown {
  let value = body;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A path as messages show it: `data.task_id`. */
export const showPath = (path: JsonPath): string => path.join(".") || "the body";
