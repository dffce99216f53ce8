import { InvalidOptionError } from "./errors.ts";
import type { Logger, LogLevel } from "./logger.ts";

/** The defaults of the tuning options below. */
export const clientDefaults = {
  timeout: 60_000,
  maxRetries: 2,
  retryDelay: 500,
  maxRetryDelay: 60_000,
  streamIdleTimeout: 60_000,
} as const;

/**
 * Options every provider client accepts. `ServerVariables`: the document's server variables, typed
 * per provider by its generated factory.
 */
export interface ClientOptions<ServerVariables extends object = Readonly<Record<string, string>>> {
  /** API key (apiKey schemes and HTTP bearer); defaults to `<PREFIX>_API_KEY`, e.g. FLAMEL_API_KEY. */
  apiKey?: string | undefined;
  /** HTTP Basic user name; defaults to `<PREFIX>_USERNAME`. */
  username?: string | undefined;
  /** HTTP Basic password; defaults to `<PREFIX>_PASSWORD`. */
  password?: string | undefined;
  /**
   * An http(s) URL; defaults to `<PREFIX>_BASE_URL`, else the document's first server. Needed when
   * the document gives no absolute server (none, `""` or a relative one).
   */
  baseUrl?: string | undefined;
  /** Values of the document's server variables (`{region}` in `https://{region}.api.example`), over their defaults. */
  serverVariables?: ServerVariables | undefined;
  /** A fetch implementation; defaults to the global fetch. */
  fetch?: typeof fetch | undefined;
  /**
   * Milliseconds one attempt may take, from sending to the last byte of the body. Default 60 000;
   * Infinity for none.
   */
  timeout?: number | undefined;
  /** Retries after the first attempt (which failures: see retry-policy.ts). Default 2. */
  maxRetries?: number | undefined;
  /** First backoff step in ms, doubled per retry. Default 500. */
  retryDelay?: number | undefined;
  /** Cap in ms for a backoff step and for a server's Retry-After. Default 60 000. */
  maxRetryDelay?: number | undefined;
  /**
   * Milliseconds an event stream (`text/event-stream`) may stay silent once open, before
   * TimeoutError. Default 60 000; Infinity for none.
   */
  streamIdleTimeout?: number | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /**
   * Allow a secret credential in a browser, where every visitor can read it. Only for keys that
   * are meant to be public, or pages that never reach the public (the Stainless convention).
   */
  dangerouslyAllowBrowser?: boolean | undefined;
  /**
   * Where log lines go when `logLevel` is on: any object with `debug`, `info`, `warn` and `error`
   * (`console`, pino, …). Default `console`. The key and the request headers are never logged.
   */
  logger?: Logger | undefined;
  /**
   * `"error"`: failures returned or thrown; `"warn"`: also each retry, its reason and delay;
   * `"info"`: also each attempt's status and duration; `"debug"`: also the bodies, redacted and
   * shortened. Defaults to the `IMAGE_SDK_LOG` environment variable, else `"off"`.
   */
  logLevel?: LogLevel | undefined;
}

/**
 * Per-call options, taken by every helper and in the init of any raw call (next to `body` and
 * `params`). Each replaces the client's option of the same name for this call only.
 */
export interface RequestOptions {
  /** Headers for this call, over the client's; `null` removes one the client would send. */
  headers?: Record<string, string | null | undefined> | undefined;
  /** Milliseconds one attempt may take, from sending to the last byte of the body; Infinity for none. */
  timeout?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
  /** First backoff step in ms, doubled per retry. */
  retryDelay?: number | undefined;
  /** Cap in ms for a backoff step and for a server's Retry-After. */
  maxRetryDelay?: number | undefined;
  /** Milliseconds an event stream may stay silent once open; Infinity for none. */
  streamIdleTimeout?: number | undefined;
  /** Cancels the call: it rejects with AbortError, at any stage, retries and waits included. */
  signal?: AbortSignal | undefined;
}

const tuningOptions = ["timeout", "maxRetries", "retryDelay", "maxRetryDelay", "streamIdleTimeout"] as const;
/** The options where Infinity means "no limit". */
const unbounded: readonly string[] = ["timeout", "streamIdleTimeout"];

/** The options that tune sending and retrying, each set: a client's, or one call's. */
export type Tuning = Record<(typeof tuningOptions)[number], number>;

/**
 * `base` with the tuning options `overrides` sets: the client's options over the defaults, or a
 * call's over the client's. Each value is validated here, as it is merged: InvalidOptionError
 * naming the option and value unless it is a number ≥ 0.
 */
export function mergeTuning(provider: string, base: Tuning, overrides: Partial<Record<keyof Tuning, unknown>>): Tuning {
  const merged = { ...base };
  for (const name of tuningOptions) {
    const value = overrides[name];
    if (value === undefined) continue;
    // Infinity means "no timeout"; a count or delay must be finite.
    const ok = typeof value === "number" && value >= 0 && (unbounded.includes(name) || Number.isFinite(value));
    if (!ok) {
      const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
      const expected = unbounded.includes(name) ? "a number of ms ≥ 0, or Infinity" : "a finite number ≥ 0";
      throw new InvalidOptionError(`${provider}: option ${name} must be ${expected}; got ${shown}.`);
    }
    merged[name] = value;
  }
  return merged;
}
