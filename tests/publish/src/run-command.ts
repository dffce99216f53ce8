import { execFile } from "node:child_process";

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed. */
  timeout?: number;
}

/**
 * Runs a command without a shell and resolves to its stdout. Asynchronous on purpose: the local
 * registry serves from this same process, so a synchronous spawn would deadlock against it.
 * A failure names the command, its folder, exit code and output.
 */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeout ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = error.killed ? "killed (timeout)" : `exit code ${String(error.code)}`;
          reject(
            new Error(
              `${command} ${args.join(" ")} (in ${options.cwd}) failed: ${code}\n${stdout}\n${stderr}`.trimEnd(),
            ),
          );
        } else {
          resolve(stdout);
        }
      },
    );
  });
}
