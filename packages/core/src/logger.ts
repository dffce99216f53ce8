// What a client logs goes through here. The user's Logger receives the lines; a client's Log has
// the methods of the levels that are on (option, else IMAGE_SDK_LOG, else off), and a request log
// writes one request's lines to it. When logging is off there is no Log, so send-request.ts builds
// no message and reads no clock.
import { fromOptionOrEnv } from "./environment.ts";
import { InvalidOptionError } from "./errors.ts";
import { excerpt } from "./excerpt.ts";
import type { Redact } from "./redact-secrets.ts";
import { isStream, type RequestBody } from "./request-body.ts";
import type { Failure } from "./retry-policy.ts";

/** How much a client logs: nothing (the default), failures, retries too, every attempt, bodies too. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/**
 * Where a client's log lines go: `console`, pino, winston and most loggers fit. Each call is
 * `logger[level](message, fields)`: `message` a complete line starting with the provider's name,
 * `fields` the same facts as an object (method, url, attempt, status, durationMs, …).
 */
export interface Logger {
  /** Request and response bodies, redacted and shortened (level `"debug"`). */
  debug(message: string, ...rest: unknown[]): void;
  /** Each attempt: its status or how it failed, and its duration (level `"info"` and up). */
  info(message: string, ...rest: unknown[]): void;
  /** Each retry: its reason and the delay before it (level `"warn"` and up). */
  warn(message: string, ...rest: unknown[]): void;
  /** The failure that ends a call: an error status returned or an error thrown (every level but `"off"`). */
  error(message: string, ...rest: unknown[]): void;
}

/** A client's log: the methods of the levels that are on; a level that is off has none, so nothing is built for it. */
export type Log = Partial<Record<Exclude<LogLevel, "off">, (message: string, fields: object) => void>>;

/** The levels that log, least talkative first: a level logs its own lines and those before it. */
const methods = ["error", "warn", "info", "debug"] as const;
const levels = ["off", ...methods];

/**
 * The log of a client, or undefined when its level is off. Throws InvalidOptionError for a level
 * that is not one of `levels`, naming where it came from, and for a logger without the four methods.
 */
export function createLog(
  provider: string,
  { logger = console, logLevel }: { logger?: Logger | undefined; logLevel?: LogLevel | undefined },
): Log | undefined {
  if (!methods.every((method) => typeof logger?.[method] === "function")) {
    throw new InvalidOptionError(`${provider}: option logger must have debug, info, warn and error methods.`);
  }
  const level = logLevel ?? fromOptionOrEnv(undefined, "IMAGE_SDK_LOG") ?? "off";
  const rank = levels.indexOf(level);
  if (rank < 0) {
    const source = logLevel === undefined ? "the IMAGE_SDK_LOG environment variable" : "option logLevel";
    throw new InvalidOptionError(
      `${provider}: ${source} must be one of "${levels.join('", "')}"; got ${JSON.stringify(level)}.`,
    );
  }
  if (!rank) return undefined;
  const log: Log = {};
  // Called as methods: pino's need their `this`.
  for (const method of methods.slice(0, rank)) log[method] = (message, fields) => logger[method](message, fields);
  return log;
}

/**
 * The log of one request (its attempts, retries and bodies), for send-request.ts, which makes it only when logging is on; each line
 * is written only if its level is on. The URL and bodies are shown redacted.
 */
export function createRequestLog(
  log: Log,
  provider: string,
  method: string,
  rawUrl: string,
  maxRetries: number,
  redact: Redact,
) {
  const url = redact(rawUrl);
  const note = (level: keyof Log, text: string, facts: object) =>
    log[level]?.(`${provider}: ${method} ${url} ${text}`, { provider, method, url, maxRetries, ...facts });
  return {
    /** How attempt `attempt` (0 = the first) ended; when that ends the request with a failure, that too. */
    ended(attempt: number, started: number, outcome: string, facts: object, failed: boolean): void {
      const durationMs = Math.round(performance.now() - started);
      const all = { attempt: attempt + 1, durationMs, ...facts };
      if (log.info) note("info", `attempt ${attempt + 1} of ${maxRetries + 1}: ${outcome} in ${durationMs} ms`, all);
      if (failed && log.error)
        note("error", `failed after ${attempt + 1} attempt${attempt ? "s" : ""}: ${outcome}`, all);
    },
    /** The retry after attempt `attempt`, in `delay` ms (the server's Retry-After, or the backoff). */
    retry(attempt: number, delay: number, retryAfter: boolean, reason: string, failure: Failure): void {
      const delayMs = Math.round(delay);
      const text = `retry ${attempt + 1} of ${maxRetries} in ${delayMs} ms${retryAfter ? " (Retry-After)" : ""}`;
      if (log.warn) note("warn", `${text} after ${reason}`, { attempt: attempt + 1, delayMs, reason: failure });
    },
    /** A request or response body (debug). */
    body(what: string, body: RequestBody | undefined, facts: object): void {
      if (!log.debug) return;
      const shown = describeBody(body, redact);
      note("debug", `${what} body: ${shown}`, { ...facts, body: shown });
    },
  };
}

/** A body as a debug line shows it: text redacted and shortened, binary and multipart by type and size only. */
export function describeBody(body: RequestBody | undefined, redact: Redact): string {
  if (body === undefined || body === "") return "(empty)";
  // Redacted whole, then shortened: a key cut at the excerpt's end would escape redaction.
  if (typeof body === "string") return excerpt(redact(body));
  if (body instanceof URLSearchParams) {
    // Decoded, so a key is redacted whatever the form encoding did to it.
    return excerpt(redact([...body].map(([name, value]) => `${name}=${value}`).join("&")));
  }
  if (body instanceof FormData) return `multipart/form-data, ${[...body.keys()].length} parts`;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return `binary, ${body.byteLength} bytes`;
  // Never read here: it is sent as it is read, once.
  if (isStream(body)) return "binary stream";
  return `${body.type || "binary"}, ${body.size} bytes`;
}
