// Submit a job, then wait for it: the one polling loop of every provider package, run from the
// job's generated configuration (job-config.ts). A job is submitted once and never re-submitted:
// the submit is a raw call (retried only as the retry policy allows a POST), and every later
// request is a status check, which the loop itself retries when it fails transiently. A check goes
// to the status operation with the job id, or to the status URL the submit answer gave
// (`statusUrl`), through the client's own call path (call-url.ts).
import { ApiPromise, type WithResponse } from "../api-promise.ts";
import type { ApiResult } from "../api-types.ts";
import { type CallSecrets, callSecrets } from "../call-operation.ts";
import { callTuning, contextOf } from "../client-context.ts";
import type { RequestOptions } from "../client-options.ts";
import { settingsOf } from "../client-settings-of.ts";
import { ApiError, ConnectionError, InvalidInputError } from "../errors.ts";
import type { UntypedCallInit } from "../outgoing-request.ts";
import { isRetryableStatus, retryAfterDelay } from "../retry-policy.ts";
import { sleep } from "../sleep.ts";
import { unexpectedResponse } from "../unexpected-response.ts";
import { unwrap } from "../unwrap.ts";
import { callUrl, resolveUrl } from "./call-url.ts";
import { type JobConfig, showPath, valueAt } from "./job-config.ts";
import { JobFailedError, JobTimeoutError } from "./job-errors.ts";
import type { JobHandle } from "./job-types.ts";
import { type JobWebhookSecretOptions, withWebhook } from "./job-webhook.ts";

/** A job's id and status, as `onStatus` sees them after the submit and after each status check. */
export interface JobStatus {
  id: string;
  status: string;
  /** The job's handle: save it to resume the job after a restart (`client.resumeJob(handle)`). */
  handle: JobHandle;
}

/** The options of a job call: every per-call option (for the submit and each status check), and the waiting. */
export interface JobOptions extends RequestOptions {
  /** Milliseconds between status checks, unless a check's `Retry-After` asks for longer. Default 1000. */
  pollInterval?: number | undefined;
  /** Milliseconds to wait for the job to finish once submitted. Default 300 000. */
  pollTimeout?: number | undefined;
  /** Called with the job's id and status after the submit (when it has a status) and after each check. */
  onStatus?: ((status: JobStatus) => void) | undefined;
}

/** What a job's `.withResponse()` adds: the job id and a handle to resume it with. */
export type JobExtra = { jobId: string; handle: JobHandle };

/** A job's result as `.withResponse()` gives it: the response is the last status check's (or the submit's). */
export type JobResponse<Data> = WithResponse<Data, JobExtra>;

/** The answer a job was last seen in. */
export interface JobAnswer {
  result: ApiResult<unknown, unknown>;
  method: string;
  path: string;
  jobId: string;
}

/** The job a wait is for: its handle, and the client's provider name for messages. */
interface WaitedJob {
  handle: JobHandle;
  provider: string | undefined;
}

/** Turns a done answer's result into the job's data; throws `unexpectedResponse(answer.result, …)` when it cannot. */
export type ReadJobResult<Data> = (value: unknown, answer: JobAnswer) => Data;

type RawClient = Record<string, (path: string, init: UntypedCallInit) => Promise<ApiResult<unknown, unknown>>>;

const route = (operation: string): [method: string, path: string] => {
  const space = operation.indexOf(" ");
  return [operation.slice(0, space), operation.slice(space + 1)];
};

const statusOf = (body: unknown, config: JobConfig): string | undefined => {
  const status = valueAt(body, config.statusField);
  return typeof status === "string" ? status : undefined;
};

function splitOptions<Init extends JobOptions & JobWebhookSecretOptions>(init: Init) {
  const { pollInterval = 1000, pollTimeout = 300_000, onStatus, webhookUrl, webhookSecret, ...request } = init;
  return { pollInterval, pollTimeout, onStatus, webhook: { webhookUrl, webhookSecret }, request };
}

/**
 * The status URL in the submit answer, when the job declares one; undefined where the answer has
 * none and the status operation can be called with the id instead. Throws the
 * UnexpectedResponseError of an answer with neither, or with a status URL that is not http(s).
 */
function statusUrlOf(answer: JobAnswer, body: unknown, config: JobConfig): string | undefined {
  if (!config.statusUrl) return undefined;
  const value = valueAt(body, config.statusUrl);
  // Resolved against a placeholder: only whether it can be an http(s) URL matters here.
  if (typeof value === "string" && value && resolveUrl(value, "http://server.invalid")) return value;
  if ((value === undefined || value === null) && config.idParameter) return undefined;
  const where = `${config.noun ?? "job"} status URL (${showPath(config.statusUrl)})`;
  const problem =
    value === undefined || value === null
      ? `has no ${where}`
      : `has a ${where} that is not an http(s) URL: ${JSON.stringify(value)}`;
  throw unexpectedResponse(answer.result, answer.method, answer.path, problem, body);
}

/** The request options a status check inherits from the job call (its secrets too): not `params` or `body`. */
function checkOptions(request: UntypedCallInit & CallSecrets): RequestOptions & CallSecrets {
  const { headers, timeout, retryDelay, maxRetryDelay, signal } = request as RequestOptions;
  return { headers, timeout, retryDelay, maxRetryDelay, signal, [callSecrets]: request[callSecrets] };
}

/**
 * Submits the job (`init`: the submitting call's params and body, its options, the waiting
 * options) and waits for it. `read` turns the done answer's result into the data (default: the
 * result as it is, which must be present).
 */
export function startJob<Data = unknown>(
  client: object,
  name: string,
  config: JobConfig,
  init: UntypedCallInit & JobOptions & JobWebhookSecretOptions,
  read?: ReadJobResult<Data>,
): ApiPromise<Data, JobExtra> {
  const { pollInterval, pollTimeout, onStatus, webhook, request: options } = splitOptions(init);
  // The webhook secret travels in the submitted body: redacted wherever the job's calls show it.
  const request = webhook.webhookSecret ? { ...options, [callSecrets]: [webhook.webhookSecret] } : options;
  const provider = contextOf(client)?.provider;
  const [method, path] = route(config.submit);
  const submitted = (async () => {
    const body = withWebhook(request.body, config, webhook, provider ?? "image-sdk", name);
    const result = await (client as RawClient)[method]!(path, body === request.body ? request : { ...request, body });
    const data = unwrap(result);
    const jobId = valueAt(data, config.id);
    if (typeof jobId !== "string" && typeof jobId !== "number") {
      const where = [config.id, config.statusField].map(showPath).join(", ");
      throw unexpectedResponse(result, method, path, `has no ${config.noun ?? "job"} (${where})`, data);
    }
    const answer: JobAnswer = { result, method, path, jobId: String(jobId) };
    const statusUrl = statusUrlOf(answer, data, config);
    const handle: JobHandle = {
      provider: provider ?? "",
      job: name,
      id: answer.jobId,
      ...(statusUrl && { statusUrl }),
    };
    return { answer, handle };
  })();
  return new ApiPromise(
    submitted.then(({ answer, handle }) =>
      waitFor(
        client,
        config,
        { handle, provider },
        answer,
        { pollInterval, pollTimeout, onStatus, ...checkOptions(request) },
        read,
      ),
    ),
  );
}

/**
 * Waits for a job submitted earlier (by this process or another) with id `jobId`, checked at
 * `statusUrl` when given (the handle's).
 */
export function awaitJob<Data = unknown>(
  client: object,
  name: string,
  config: JobConfig,
  jobId: string,
  options: JobOptions = {},
  read?: ReadJobResult<Data>,
  statusUrl?: string,
): ApiPromise<Data, JobExtra> {
  const { pollInterval, pollTimeout, onStatus, request } = splitOptions(options);
  const provider = contextOf(client)?.provider;
  const handle: JobHandle = { provider: provider ?? "", job: name, id: jobId, ...(statusUrl && { statusUrl }) };
  return new ApiPromise(
    waitFor(
      client,
      config,
      { handle, provider },
      undefined,
      { pollInterval, pollTimeout, onStatus, ...checkOptions(request) },
      read,
    ),
  );
}

/**
 * How a job's status is checked: a GET of its status URL (the handle's) as the status operation
 * (else the submit) is called, or the status operation with the id. `path` is what messages show.
 */
function statusCheck(client: object, config: JobConfig, handle: JobHandle) {
  const { statusUrl, id } = handle;
  if (statusUrl !== undefined) {
    const settings = settingsOf(contextOf(client));
    if (!settings) throw new TypeError("image-sdk: a job with a status URL needs a client made by createApiClient.");
    // The status operation's security and responses; without one, the submit's security.
    const like = config.status ?? config.submit;
    return { path: statusUrl, call: (init: UntypedCallInit) => callUrl(settings, statusUrl, like, init) };
  }
  if (!config.status || !config.idParameter)
    throw new InvalidInputError(`image-sdk: job ${handle.job} is checked only at a status URL, and none was given.`);
  const [method, path] = route(config.status);
  const [where, parameter] = config.idParameter;
  return {
    path,
    call: (init: UntypedCallInit) =>
      (client as RawClient)[method]!(path, { ...init, params: { [where]: { [parameter]: id } } }),
  };
}

interface WaitOptions extends RequestOptions {
  pollInterval: number;
  pollTimeout: number;
  onStatus: JobOptions["onStatus"];
}

/**
 * Checks the job's status until it is done (its result returned) or failed (JobFailedError),
 * within `pollTimeout` (JobTimeoutError). A check that fails transiently (connection error or
 * timeout, 408, 429, 500, 502, 503, 504: what an idempotent call is retried after) does not end
 * the wait: the interval doubles (up to 8×) until a check succeeds, so an overloaded API is not
 * hammered. `first` is the submit's answer; without one (a resumed job) the first check is at once.
 */
async function waitFor<Data>(
  client: object,
  config: JobConfig,
  job: WaitedJob,
  first: JobAnswer | undefined,
  options: WaitOptions,
  read: ReadJobResult<Data> | undefined,
): Promise<JobResponse<Data>> {
  const { pollInterval, pollTimeout, onStatus, signal, ...request } = options;
  const noun = config.noun ?? "job";
  const { handle } = job;
  const jobId = handle.id;
  const check = statusCheck(client, config, handle);
  // Each check's timeout: the client's, or this call's (merged as the client merges them).
  const requestTimeout = callTuning(client, request).timeout;
  const deadline = Date.now() + pollTimeout;
  let answer = first;
  let lastStatus: string | undefined;
  // No wait before the first check of a resumed job: its status is not known yet.
  let wait = first ? pollInterval : 0;
  let interval = pollInterval;

  for (;;) {
    if (answer) {
      const body = answer.result.data;
      const status = statusOf(body, config);
      const { provider } = job;
      if (status === undefined && answer !== first) {
        const problem = `has no ${noun} (${showPath(config.statusField)})`;
        throw unexpectedResponse(answer.result, answer.method, answer.path, problem, body);
      }
      if (status !== undefined) {
        lastStatus = status;
        onStatus?.({ id: jobId, status, handle });
        if (config.failed.includes(status))
          throw new JobFailedError({
            provider,
            noun,
            jobId,
            status,
            reason: config.error && valueAt(body, config.error),
          });
        if (config.done.includes(status)) {
          const value = config.result ? valueAt(body, config.result) : body;
          let data: Data;
          if (read) data = read(value, answer);
          else if (value === undefined) {
            const problem = `says ${noun} ${jobId} is ${status} but has no result (${showPath(config.result ?? [])})`;
            throw unexpectedResponse(answer.result, answer.method, answer.path, problem, body);
          } else data = value as Data;
          const { response, requestId } = answer.result;
          return { data, response, requestId, jobId, handle };
        }
        if (config.pending && !config.pending.includes(status)) {
          const problem = `has a ${noun} status the document does not list: ${JSON.stringify(status)}`;
          throw unexpectedResponse(answer.result, answer.method, answer.path, problem, body);
        }
      }
    }
    const remaining = deadline - Date.now();
    const timedOut = () =>
      new JobTimeoutError({ provider: job.provider, noun, handle, lastStatus, timeout: pollTimeout });
    if (remaining <= 0) throw timedOut();
    if (wait > 0) {
      await sleep(Math.min(wait, remaining), signal);
      if (Date.now() >= deadline) throw timedOut();
    }

    try {
      const result = await check.call({
        ...request,
        // The loop is the retry policy for checks; a check may not outlive the deadline.
        maxRetries: 0,
        timeout: Math.min(requestTimeout, Math.max(1, deadline - Date.now())),
        ...(signal ? { signal } : {}),
      });
      if (result.error !== undefined) throw result.error;
      unwrap(result);
      answer = { result, method: "GET", path: check.path, jobId };
      interval = pollInterval;
      wait = retryAfterDelay(result.response.headers.get("retry-after"), pollTimeout) ?? interval;
    } catch (error) {
      const transient =
        error instanceof ConnectionError || (error instanceof ApiError && isRetryableStatus(error.status));
      if (!transient) throw error;
      interval = Math.min(interval * 2, pollInterval * 8);
      const asked =
        error instanceof ApiError ? retryAfterDelay(error.headers.get("retry-after"), pollTimeout) : undefined;
      wait = Math.max(asked ?? 0, interval);
      answer = undefined;
    }
  }
}
