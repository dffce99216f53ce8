// Last-resort cleanup for Prism processes when the process that started them is leaving: on a
// normal exit, and on SIGINT/SIGTERM/SIGHUP (an interrupted run). A SIGKILL cannot be caught; for
// that, prism-process.ts exits on its own when its parent's pipe closes.
import type { ChildProcess } from "node:child_process";

const running = new Set<ChildProcess>();
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
  for (const child of running) signalGroup(child, "SIGKILL");
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

/** Kills `child`'s process group if this process exits first. Returns the undo. */
export function stopOnExit(child: ChildProcess): () => void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.off("exit", killAllNow);
    process.on("exit", killAllNow);
    for (const name of SIGNALS) process.on(name, onSignal);
  }
  running.add(child);
  child.once("exit", () => running.delete(child));
  return () => {
    running.delete(child);
  };
}
