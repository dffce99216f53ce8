/** The defaults of the tuning options below. */
export const clientDefaults = { timeout: 60_000, maxRetries: 2, retryDelay: 500, maxRetryDelay: 60_000 } as const;

/** Options every provider client accepts. */
export interface ClientOptions {
  /** The API key; defaults to the provider's environment variable (e.g. FLAMEL_API_KEY). */
  apiKey?: string | undefined;
  /** Defaults to the provider's production server from its spec. */
  baseUrl?: string | undefined;
  /** A fetch implementation; defaults to the global fetch. */
  fetch?: typeof fetch | undefined;
  /** Milliseconds to wait for response headers, per attempt. Default 60 000; Infinity for none. */
  timeout?: number | undefined;
  /** Retries after the first attempt (see retry-policy.ts for which failures). Default 2. */
  maxRetries?: number | undefined;
  /** First backoff step in ms, doubled per retry. Default 500. */
  retryDelay?: number | undefined;
  /** Cap in ms for a backoff step and for a server's Retry-After. Default 60 000. */
  maxRetryDelay?: number | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
}

/** Per-call options, accepted in the init of any call next to `body` and `params`. */
export interface RequestOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  signal?: AbortSignal | undefined;
}
