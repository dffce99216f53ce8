import { PipelineError } from "../pipeline/pipeline-error.ts";
import { CommandError } from "../repo/run-command.ts";
import { DocumentSourceError } from "../repo/source-error.ts";

/** Why `pnpm new-provider` refused: names what it looked at (a name, file, URL or field) and why. */
export class ScaffoldError extends Error {
  constructor(subject: string, reason: string) {
    super(`${subject}: ${reason}`);
    this.name = "ScaffoldError";
  }
}

/** Whether `error` is a refusal that names its culprit (printed as is), rather than a bug. */
export function isRefusal(error: unknown): error is ScaffoldError | DocumentSourceError | PipelineError | CommandError {
  return (
    error instanceof ScaffoldError ||
    error instanceof DocumentSourceError ||
    error instanceof PipelineError ||
    error instanceof CommandError
  );
}
