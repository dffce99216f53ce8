// The two ways waiting for a job ends without a result. Both carry the job id, so a caller can
// resume (`client.resumeJob`) or report it; neither is an ApiError: the calls themselves succeeded.
import { ImageSdkError } from "../errors.ts";
import type { JobHandle } from "./job-types.ts";

/** The job ended with a failed status. `reason` is the provider's, where the document says where it is. */
export class JobFailedError extends ImageSdkError {
  // A getter, not a static block: a class with a static block is never tree-shaken out of a bundle.
  override get name(): string {
    return "JobFailedError";
  }
  readonly provider: string | undefined;
  readonly jobId: string;
  /** The failed status the provider answered (e.g. "FAILED", "Error"). */
  readonly status: string;
  /** The provider's reason (its error field), when it gives one. */
  readonly reason: unknown;
  constructor(init: { provider: string | undefined; noun: string; jobId: string; status: string; reason: unknown }) {
    const why =
      init.reason === undefined
        ? ""
        : `: ${typeof init.reason === "string" ? init.reason : JSON.stringify(init.reason)}`;
    super(`${init.provider ?? "image-sdk"}: ${init.noun} ${init.jobId} ended ${init.status}${why}.`);
    this.provider = init.provider;
    this.jobId = init.jobId;
    this.status = init.status;
    this.reason = init.reason;
  }
}

/** The job had not finished when `pollTimeout` ran out; it may still finish: resume it with its handle. */
export class JobTimeoutError extends ImageSdkError {
  override get name(): string {
    return "JobTimeoutError";
  }
  readonly provider: string | undefined;
  readonly jobId: string;
  /** What `client.resumeJob(handle)` waits for the job with (plain JSON: it carries the status URL, if any). */
  readonly handle: JobHandle;
  /** The last status seen; undefined when no answer carried one. */
  readonly lastStatus: string | undefined;
  /** The `pollTimeout` that ran out, in ms. */
  readonly timeout: number;
  constructor(init: {
    provider: string | undefined;
    noun: string;
    handle: JobHandle;
    lastStatus: string | undefined;
    timeout: number;
  }) {
    super(
      `${init.provider ?? "image-sdk"}: ${init.noun} ${init.handle.id} was still ${init.lastStatus ?? "unfinished"} after ${init.timeout} ms.`,
    );
    this.provider = init.provider;
    this.jobId = init.handle.id;
    this.handle = init.handle;
    this.lastStatus = init.lastStatus;
    this.timeout = init.timeout;
  }
}
