import { execFile } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../pipeline/provider-spec.ts";

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
