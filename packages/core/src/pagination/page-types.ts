// The item type of a paged list, for the generated `<Pascal>Pages` interface: the list operation's
// success data at its items location, one element of it.
import type { SuccessData } from "../api-types.ts";
import type { ValueAt } from "../jobs/job-types.ts";

/** One item of the list at `Path` in the operation's success data. */
export type PageItem<Operation, Path extends readonly string[]> =
  ValueAt<SuccessData<Operation>, Path> extends ReadonlyArray<infer Item> ? Item : unknown;
