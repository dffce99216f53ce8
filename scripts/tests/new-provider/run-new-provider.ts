import { execFile } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../pipeline/provider-spec.ts";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command as `pnpm new-provider` does (`node scripts/new-provider/cli.ts …`), on `root`. */
export function runNewProvider(args: readonly string[], root: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repoRoot, "scripts/new-provider/cli.ts"), ...args, "--root", root],
      { cwd: root, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024, timeout: 30 * 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}
