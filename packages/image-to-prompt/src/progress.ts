import type { ProviderName } from "./providers/index.ts";

/** What `onProgress` hears while an image is described. */
export type DescribeProgress =
  /** A provider is asked. */
  | { stage: "trying"; provider: ProviderName }
  /** Freepik created the task, or a status check answered. */
  | { stage: "polling"; provider: "freepik"; taskId: string; status: string }
  /** A provider failed in a way that proves it did not process the image; `next` is asked now. */
  | { stage: "falling-back"; provider: ProviderName; error: unknown; next: ProviderName };
