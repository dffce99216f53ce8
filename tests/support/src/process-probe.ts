// What is left of a process a test started, as seen from outside: whether it runs, and whether
// its port still answers. Linux only (reads /proc), as the tests that use it.
import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";

/** True while `pid` runs (a zombie, dead but not yet reaped by its new parent, does not count). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/**
 * Running processes, other than this one, whose command line mentions `text` (e.g. a document
 * only one mock serves, or a built file only the command under test runs).
 */
export function processesMentioning(text: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
      } catch {
        return false;
      }
    })
    .map(Number)
    .filter(isRunning);
}

/** Whether anything accepts connections on the URL's loopback port. */
export function isListening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
