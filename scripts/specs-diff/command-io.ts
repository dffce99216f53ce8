// Where a `specs:*` command writes and where it resolves relative paths: the process's own streams
// and directory in its CLI, or buffers in a test that runs the command in-process (no child process
// to start for each case).
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Where relative paths are resolved: where pnpm was started (INIT_CWD), else the process's cwd. */
  cwd: string;
}

/** The running process's streams and directory, for a command's CLI. */
export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.env.INIT_CWD ?? process.cwd() };
}
