import { execFile } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import type { CommandIo } from "../../specs-diff/command-io.ts";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the spec drift commands as `pnpm specs:*` does: `node scripts/<dir>/cli.ts …`. */
export function runCli(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repoRoot, "scripts", script), ...args],
      { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Runs what a command's cli.ts runs, in this process, with its output captured: the same exit code
 * and output without starting Node for each case. Each CLI keeps a test through runCli for what
 * only the process shows (its exit status, INIT_CWD).
 */
export async function runInProcess(
  command: (argv: readonly string[], io: CommandIo) => Promise<number>,
  args: readonly string[],
  cwd: string = repoRoot,
): Promise<CliResult> {
  let [stdout, stderr] = ["", ""];
  const code = await command(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
  });
  return { code, stdout, stderr };
}
