// Describes a batch of images, `concurrency` at a time, under listr2: on a terminal its default
// renderer shows a line per image (and what it is waiting for, e.g. a Freepik task's status);
// elsewhere the silent renderer, while the caller prints each outcome as it comes.
import { Listr } from "listr2";
import type { ImagePrompt } from "../describe-image.ts";
import type { DescribeProgress } from "../progress.ts";
import { providers } from "../providers/index.ts";

export interface Outcome {
  image: string;
  result?: ImagePrompt;
  error?: unknown;
}

export interface BatchOptions {
  concurrency: number;
  /** Show the progress display (stdout is a terminal and no --json). */
  interactive: boolean;
  describe(image: string, onProgress: (event: DescribeProgress) => void): Promise<ImagePrompt>;
  /** Each image's outcome, as soon as it is known. */
  onOutcome(outcome: Outcome): void;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function describeProgress(event: DescribeProgress): string {
  const name = providers[event.provider].displayName;
  switch (event.stage) {
    case "trying":
      return `asking ${name}…`;
    case "polling":
      return `${name} task ${event.taskId}: ${event.status}`;
    case "falling-back":
      return `${name}: ${reasonOf(event.error)} → trying ${providers[event.next].displayName}`;
  }
}

/** The outcomes in the order of `images`. */
export async function describeBatch(images: readonly string[], options: BatchOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const tasks = new Listr(
    images.map((image, index) => ({
      title: image,
      task: async (_context: unknown, task: { title: string; output: string }) => {
        try {
          const result = await options.describe(image, (event) => {
            task.output = describeProgress(event);
          });
          outcomes[index] = { image, result };
          task.title = `${image} (${result.provider})`;
        } catch (error) {
          outcomes[index] = { image, error };
          throw error;
        } finally {
          options.onOutcome(outcomes[index]!);
        }
      },
    })),
    {
      concurrent: options.concurrency,
      exitOnError: false,
      collectErrors: false,
      // Ctrl-C is the command's to handle: it cancels the calls and stops the mocks.
      registerSignalListeners: false,
      renderer: options.interactive ? "default" : "silent",
      rendererOptions: { collapseErrors: false, formatOutput: "wrap" },
    },
  );
  await tasks.run();
  return outcomes;
}
