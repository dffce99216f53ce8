// The clients' log (IMAGE_SDK_LOG) goes to stderr: over stdio, stdout carries the protocol, and the
// default logger (console) would write info and debug lines into it.
import type { Logger } from "@image-sdk/core";
import { redact } from "./tool-results.ts";

const line =
  (level: string) =>
  (message: string, ...rest: unknown[]) => {
    const fields = rest.length === 0 ? "" : ` ${rest.map((value) => JSON.stringify(value)).join(" ")}`;
    process.stderr.write(`${redact(`[${level}] ${message}${fields}`)}\n`);
  };

export const stderrLogger: Logger = {
  debug: line("debug"),
  info: line("info"),
  warn: line("warn"),
  error: line("error"),
};
