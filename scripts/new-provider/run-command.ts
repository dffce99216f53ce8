import { execFile } from "node:child_process";
import { ScaffoldError } from "./scaffold-error.ts";

/** Runs a tool of the repo (pnpm, biome, a bench script) in `cwd`; a failure carries its output. */
export function runCommand(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new ScaffoldError(`\`${command} ${args.join(" ")}\``, `failed:\n${stdout}${stderr}`));
        else resolve(stdout);
      },
    );
  });
}
