/** A build failure that names the file, the location in it (when known) and the reason. */
export class PipelineError extends Error {
  readonly file: string;
  readonly location: string | undefined;

  constructor(file: string, reason: string, location?: string) {
    super(`${file}${location ? ` (${location})` : ""}: ${reason}`);
    this.name = "PipelineError";
    this.file = file;
    this.location = location;
  }
}

/** Runs a pipeline step as a command: a PipelineError becomes one readable line and exit code 1. */
export async function runStep(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 1;
  }
}
