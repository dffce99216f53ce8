// Runs the built command (dist/cli.js, what the package's bin points at) as a child process, with
// pipes or in a real pseudo-terminal, on the Node running the tests (the repository's Node 24).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { processesMentioning } from "@image-sdk/test-support/process-probe";
import xterm from "@xterm/headless";

export const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
export const samplePath = fileURLToPath(new URL("../sample/sea.png", import.meta.url));

/** The environment without provider keys, so a test only ever reaches the servers it starts. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of Object.keys(env)) if (/_API_KEY$/.test(name) || name === "FORCE_COLOR") delete env[name];
  return env;
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command with pipes (not a terminal) to its end. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv = cleanEnv()): Promise<Finished> {
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, "close")) as [number | null];
  return { code, stdout, stderr };
}

export interface TerminalSession {
  /** Everything the command wrote to the terminal, escape sequences included. */
  readonly raw: string;
  /** The screen's lines now, as a terminal emulator (xterm.js) shows them. */
  screen(): Promise<string[]>;
  /** Resolves once the screen shows `text`; rejects after `timeoutMs`, with the screen in the message. */
  waitForScreen(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Types into the terminal ("\x03" is Ctrl-C: the terminal sends SIGINT to the command). */
  type(text: string): void;
  exited: Promise<number | null>;
}

const columns = 110;
const rows = 40;

/**
 * Runs the command in a pseudo-terminal made by util-linux `script`, and feeds what it writes to a
 * headless xterm.js, so tests read the screen a person would see.
 */
export function runInTerminal(args: readonly string[], env: NodeJS.ProcessEnv = cleanEnv()): TerminalSession {
  const command = [process.execPath, cli, ...args].map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(" ");
  const child: ChildProcess = spawn(
    "script",
    ["--quiet", "--return", "--flush", "--command", `stty cols ${columns} rows ${rows}; exec ${command}`, "/dev/null"],
    { env: { ...env, TERM: "xterm-256color" }, stdio: ["pipe", "pipe", "pipe"] },
  );
  const terminal = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  let raw = "";
  let written = Promise.resolve();
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    raw += chunk;
    written = written.then(() => new Promise<void>((resolve) => terminal.write(chunk, resolve)));
  });
  child.stderr?.resume();
  const exited = once(child, "close").then(([code]) => code as number | null);
  const screen = async () => {
    await written;
    const buffer = terminal.buffer.active;
    return Array.from({ length: buffer.length }, (_, i) => buffer.getLine(i)?.translateToString(true) ?? "");
  };
  return {
    get raw() {
      return raw;
    },
    screen,
    async waitForScreen(text, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const lines = await screen();
        if (lines.some((line) => (typeof text === "string" ? line.includes(text) : text.test(line)))) return;
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`the screen never showed ${String(text)}:\n${lines.join("\n").trimEnd()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    type(text) {
      child.stdin?.write(text);
    },
    exited,
  };
}

/** The running command's own process (Node running dist/cli.js), not the `script` around it. */
export function commandPids(): number[] {
  return processesMentioning(cli).filter((pid) =>
    readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith(`${process.execPath}\0${cli}`),
  );
}
