// Asserts that an API key appears nowhere a thrown or returned error can show it: its message,
// String(), JSON, util.inspect (hidden fields, cause chain and headers included), and anything
// written to the console or stdout/stderr while the calls ran. Shared by the provider tests.
import { inspect } from "node:util";
import { expect, vi } from "vitest";

export function expectNoKey(error: unknown, key: string): void {
  expect(error).toBeDefined();
  const views = [
    String(error),
    (error as Error).message,
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    (error as Error).stack ?? "",
  ];
  for (const view of views) expect(view).not.toContain(key);
}

/** Runs `fn` while capturing everything written to the console and the process streams. */
export async function captureOutput<T>(fn: () => Promise<T>): Promise<{ result: T; output: string }> {
  const chunks: string[] = [];
  const record = (...args: unknown[]) =>
    void chunks.push(args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" "));
  const spies = [
    ...(["log", "info", "warn", "error", "debug", "trace"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(record),
    ),
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      record(String(chunk));
      return true;
    }),
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      record(String(chunk));
      return true;
    }),
  ];
  try {
    return { result: await fn(), output: chunks.join("\n") };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
