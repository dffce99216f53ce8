// Runs a command and samples the memory of its whole process tree: every few hundred ms the
// resident sets of the command and all its live descendants are summed (pidtree lists the tree,
// pidusage reads each process's RSS from /proc). The peak is the largest such sum: what the run
// costs the machine, e.g. several Prism mocks alive at once, which the largest single process
// (GNU time's %M) would hide.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import pidtree from "pidtree";
import pidusage from "pidusage";

const SAMPLE_EVERY_MS = 250;
const MiB = 1024 * 1024;

export interface SampledRun {
  code: number | null;
  wallMs: number;
  /** Largest sum of RSS over the tree's live processes at one sample. */
  peakTreeMiB: number;
  /** How many processes were alive at that peak. */
  processesAtPeak: number;
  samples: number;
  output: string;
}

async function treeMemory(root: number): Promise<{ bytes: number; processes: number } | undefined> {
  try {
    const pids = await pidtree(root, { root: true });
    const usage = await pidusage(pids);
    const alive = Object.values(usage).filter((stat) => stat?.memory !== undefined);
    return { bytes: alive.reduce((sum, stat) => sum + stat.memory, 0), processes: alive.length };
  } catch {
    return undefined; // the root exited between listing and reading: the run is ending
  }
}

export async function runSampled(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<SampledRun> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
  let done = false;
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      done = true;
      resolve(code);
    });
  });
  let peak = { bytes: 0, processes: 0 };
  let samples = 0;
  const sampling = (async () => {
    while (!done && child.pid !== undefined) {
      const now = await treeMemory(child.pid);
      if (now) {
        samples++;
        if (now.bytes > peak.bytes) peak = now;
      }
      await sleep(SAMPLE_EVERY_MS);
    }
  })();
  const code = await exited;
  const wallMs = performance.now() - started;
  await sampling;
  pidusage.clear();
  return {
    code,
    wallMs,
    peakTreeMiB: peak.bytes / MiB,
    processesAtPeak: peak.processes,
    samples,
    output: Buffer.concat(chunks).toString("utf8"),
  };
}
