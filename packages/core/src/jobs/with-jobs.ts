// Adds a provider's declared jobs to its client: one method per job (submit, then wait) and
// `resumeJob(handle)`. Imported by a generated client only when its document declares a job, so
// packages without one do not carry the polling loop.
import type { ApiPromise } from "../api-promise.ts";
import { contextOf, withContext } from "../client-context.ts";
import { InvalidInputError } from "../errors.ts";
import type { UntypedCallInit } from "../outgoing-request.ts";
import type { JobConfig } from "./job-config.ts";
import type { JobHandle } from "./job-types.ts";
import type { JobWebhookSecretOptions } from "./job-webhook.ts";
import { awaitJob, type JobExtra, type JobOptions, startJob } from "./run-job.ts";

/** What `withJobs` adds, untyped: the generated `<Pascal>Jobs` interface types it per job. */
export interface JobMethods {
  resumeJob(handle: JobHandle, options?: JobOptions): ApiPromise<unknown, JobExtra>;
}

/**
 * `client` with a method per job of `jobs` and `resumeJob`; the client's context stays on it.
 * `Extended` is what the generated code knows it to be: the client and its `<Pascal>Jobs`.
 */
export function withJobs<Extended extends JobMethods = JobMethods>(
  client: object,
  jobs: Readonly<Record<string, JobConfig>>,
): Extended {
  const context = contextOf(client);
  const methods: Record<string, unknown> = {};
  for (const [name, config] of Object.entries(jobs))
    methods[name] = (init: UntypedCallInit & JobOptions & JobWebhookSecretOptions = {}) =>
      startJob(client, name, config, init);
  const resumeJob = (handle: JobHandle, options?: JobOptions) => {
    const { provider, job, id, statusUrl } = (handle ?? {}) as Partial<JobHandle>;
    const config = typeof job === "string" && Object.hasOwn(jobs, job) ? jobs[job] : undefined;
    const shown = JSON.stringify(handle) ?? String(handle);
    const owner = context?.provider;
    if (typeof id !== "string" || !id || !config)
      throw new InvalidInputError(
        `${owner ?? "image-sdk"}: resumeJob needs a handle { provider, job, id } with job one of ${Object.keys(jobs).join(", ")}; got ${shown}.`,
      );
    if (owner !== undefined && provider !== owner)
      throw new InvalidInputError(`${owner}: resumeJob got a handle of another provider's job: ${shown}.`);
    // A job checked only at its status URL cannot be resumed without it; one checked by id takes none.
    if (statusUrl === undefined ? !config.idParameter : typeof statusUrl !== "string" || !statusUrl)
      throw new InvalidInputError(
        `${owner ?? "image-sdk"}: resumeJob needs the handle's statusUrl (a string) for ${job}; got ${shown}.`,
      );
    if (statusUrl !== undefined && !config.statusUrl)
      throw new InvalidInputError(`${owner ?? "image-sdk"}: ${job} is not checked at a status URL; got ${shown}.`);
    return awaitJob(client, job as string, config, id, options, undefined, statusUrl);
  };
  const extended = { ...client, ...methods, resumeJob } as unknown as Extended;
  return context ? withContext(extended, context) : extended;
}
