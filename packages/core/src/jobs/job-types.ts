// The types a generated `<Pascal>Jobs` interface is written with: a job's result is the status
// operation's success body at the declared result location, so a hover shows the provider's schema.
import type { SuccessData } from "../api-types.ts";

/** The type at `Path` (property names) in `T`; unknown where `T` has no such property. */
export type ValueAt<T, Path extends readonly string[]> = Path extends readonly [
  infer Key extends string,
  ...infer Rest extends string[],
]
  ? T extends object
    ? Key extends keyof T
      ? ValueAt<Exclude<T[Key], undefined>, Rest>
      : unknown
    : unknown
  : T;

/** What a job resolves to: the status operation's success data at `Path`. */
export type JobResult<StatusOperation, Path extends readonly string[]> = ValueAt<SuccessData<StatusOperation>, Path>;

/**
 * What identifies a submitted job across processes: plain JSON, to save and pass to
 * `client.resumeJob(handle)` later (a restart does not lose a paid job).
 */
export interface JobHandle {
  /** The provider's display name, e.g. "Freepik". */
  provider: string;
  /** The job's name: the client method that submitted it. */
  job: string;
  id: string;
  /** The URL the job is checked at, when the submit answer gave one (a resumed job is checked there too). */
  statusUrl?: string;
}
