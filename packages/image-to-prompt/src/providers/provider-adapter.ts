import type { ImageSource } from "../image-input.ts";

/** What one provider answered, before describeImage adds the provider's name and the attempts. */
export interface Described {
  prompt: string;
  translatedPrompt?: string;
  taskId?: string;
  requestId?: string;
  /** What the provider package's helper returned. */
  raw: unknown;
}

/** A provider's task as describeImage's progress shows it. */
export interface TaskProgress {
  taskId: string;
  status: string;
}

export interface DescribeContext<Options> {
  /** This provider's options from describeImage's options (keys, base URL, polling, …). */
  options: Options;
  signal: AbortSignal | undefined;
  /** The call's per-request timeout, unless this provider's options set their own. */
  timeout: number | undefined;
  /** For a provider that works through a task: the task was created, or a status check answered. */
  onTaskStatus(task: TaskProgress): void;
}

/** How one provider package's image-to-prompt helper is called, and which image inputs it takes. */
export interface ProviderAdapter<Options> {
  /** Display name used in messages, e.g. "Freepik". */
  displayName: string;
  /** Throws InvalidInputError, before calling anything, for an image this provider cannot take. */
  describe(image: ImageSource, context: DescribeContext<Options>): Promise<Described>;
}

/** `options` with the call's timeout unless they set their own. */
export const withTimeout = <Options extends { timeout?: number }>(options: Options, timeout: number | undefined) =>
  timeout === undefined || options.timeout !== undefined ? options : { ...options, timeout };
