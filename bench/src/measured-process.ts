// Runs a command and measures its wall time and peak memory. Peak memory comes from GNU time
// (`%M`: the largest resident set of the command or any process it waited for), since Node can
// read its own maxRSS but not that of the Redocly/tsc processes a pipeline step starts.
import { spawn } from "node:child_process";
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

export interface MeasuredProcess {
  code: number | null;
  wallMs: number;
  peakRssMiB: number;
  output: string;
}

export async function assertGnuTime(): Promise<void> {
  await access(GNU_TIME).catch(() => {
    throw new Error(`${GNU_TIME} is missing: the bench needs GNU time for peak memory (apt-get install -y time)`);
  });
}

export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<MeasuredProcess> {
  const dir = await mkdtemp(join(tmpdir(), "image-sdk-bench-time-"));
  const report = join(dir, "rss");
  try {
    const started = performance.now();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(GNU_TIME, ["-f", "%M", "-o", report, command, ...args], {
        cwd: options.cwd,
        env: { ...process.env, NO_COLOR: "1", ...options.env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const chunks: Buffer[] = [];
      child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
      child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
      child.on("error", reject);
      child.on("close", (exit) => resolve({ code: exit, output: Buffer.concat(chunks).toString("utf8") }));
    });
    const wallMs = performance.now() - started;
    // GNU time writes "Command exited with non-zero status N" before the figure on failure.
    const kib = Number((await readFile(report, "utf8")).trim().split("\n").at(-1));
    return { code, wallMs, peakRssMiB: kib / 1024, output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
