/** Per-call options; openapi-fetch passes a call's unknown init keys on to the Request's init. */
export interface CallOptions {
  timeout?: number;
  maxRetries?: number;
  /** Filled by the transport when response headers arrive; see api-client.ts. */
  callState?: { response?: Response };
}

/**
 * The Request class handed to openapi-fetch. It keeps the init it was built from, which holds
 * what the retry loop needs and a Request does not expose: the serialized body (a sent body
 * stream cannot be read again, and cloning every request up front would tee every body even
 * when nothing is retried), the caller's own AbortSignal (Request.signal always exists, so it
 * cannot tell whether one was given), and the per-call options.
 */
export class ReplayableRequest extends Request {
  readonly init: RequestInit & CallOptions;

  constructor(input: string | URL, init: RequestInit & CallOptions) {
    super(input, init);
    this.init = init;
  }
}
