// Last-resort cleanup for Prism processes when the process that started them is leaving: on a
// normal exit, and on SIGINT/SIGTERM/SIGHUP (an interrupted run). A SIGKILL cannot be caught; for
// that, prism-process.ts exits on its own when its parent's pipe closes.
import type { ChildProcess } from "node:child_process";

// Each child with what its owner does before it is killed from here (so a kill on the way out is
// not reported as a mock that died mid-run).
const running = new Map<ChildProcess, () => void>();
let handlersInstalled = false;
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function killAllNow(): void {
  for (const [child, beforeKill] of running) {
    beforeKill();
    signalGroup(child, "SIGKILL");
  }
  running.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  killAllNow();
  for (const name of SIGNALS) process.off(name, onSignal);
  handlersInstalled = false;
  // Our listener replaced Node's default of dying by the signal; restore it when nobody else
  // (such as vitest's own handler) decides what happens next.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/**
 * Kills `child`'s process group if this process exits first, calling `beforeKill` first.
 * Returns the undo.
 */
export function stopOnExit(child: ChildProcess, beforeKill: () => void): () => void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.off("exit", killAllNow);
    process.on("exit", killAllNow);
    for (const name of SIGNALS) process.on(name, onSignal);
  }
  running.set(child, beforeKill);
  child.once("exit", () => running.delete(child));
  return () => {
    running.delete(child);
  };
}
