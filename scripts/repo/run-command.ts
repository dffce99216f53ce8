// The repository's one subprocess runner: every tool the scripts and tests start (pnpm, npm,
// turbo, biome, tar, node) goes through here, so none can wait forever without saying on what.
import { spawn } from "node:child_process";
import { networkAdvice } from "./network-advice.ts";

export interface RunOptions {
  cwd: string;
  /** The child's whole environment; the caller's when omitted. */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is stopped and the run fails (default 2 minutes). */
  timeoutMs?: number;
  /**
   * What outside the machine the command may wait on (e.g. "the npm registry"). When set, a
   * timeout says so and how to reach it through a proxy or a TLS-intercepting CA.
   */
  waitsFor?: string;
}

const defaultTimeoutMs = 120_000;
/** After SIGTERM, how long the command gets to exit before SIGKILL. */
const killGraceMs = 2_000;

/** A command that failed or timed out: the message names it, its folder, the reason and its output. */
export class CommandError extends Error {
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;

  constructor(message: string, stdout: string, stderr: string, timedOut: boolean) {
    super(message);
    this.name = "CommandError";
    this.stdout = stdout;
    this.stderr = stderr;
    this.timedOut = timedOut;
  }
}

/**
 * Runs `command` without a shell and resolves to its stdout. Asynchronous on purpose: a caller may
 * serve the command from its own process (a loopback registry), which a synchronous spawn would
 * deadlock against. Past `timeoutMs` the command is stopped and the run rejects.
 */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const shown = [command, ...args].join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
      killer = setTimeout(() => child.kill("SIGKILL"), killGraceMs);
    }, timeoutMs);
    const output = () => [stdout.trim(), stderr.trim()].filter(Boolean).join("\n");
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new CommandError(`${shown} (in ${options.cwd}) could not start: ${error.message}`, "", "", false));
    });
    // A stopped command's own children may still hold its pipes open: after a timeout, its exit
    // is the end, not the pipes closing.
    child.on("exit", () => {
      if (!timedOut) return;
      child.stdout.destroy();
      child.stderr.destroy();
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killer);
      if (timedOut) {
        const waited = options.waitsFor ? `\n${networkAdvice(options.waitsFor)}` : "";
        const reason = `${shown} (in ${options.cwd}) did not finish within ${timeoutMs / 1000} s and was stopped.${waited}`;
        reject(new CommandError(`${reason}\nIts output until then:\n${output()}`.trimEnd(), stdout, stderr, true));
      } else if (code !== 0) {
        const status = signal ? `killed by ${signal}` : `exit code ${String(code)}`;
        reject(
          new CommandError(
            `${shown} (in ${options.cwd}) failed: ${status}\n${output()}`.trimEnd(),
            stdout,
            stderr,
            false,
          ),
        );
      } else {
        resolve(stdout);
      }
    });
  });
}
