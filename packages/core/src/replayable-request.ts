/** Per-call options; openapi-fetch passes a call's unknown init keys on to the Request's init. */
export interface CallOptions {
  timeout?: number;
  maxRetries?: number;
  /** Filled by the transport when response headers arrive; see api-client.ts. */
  callState?: { response: Response | undefined };
}

/**
 * The Request class handed to openapi-fetch. It keeps what the retry loop needs and a Request
 * does not expose: the serialized body (a sent body stream cannot be read again, and cloning
 * every request up front would tee every body even when nothing is retried), the caller's own
 * AbortSignal (Request.signal always exists, so it cannot tell whether one was given), and the
 * per-call options. Every field is set in the constructor, so all instances share one shape.
 */
export class ReplayableRequest extends Request {
  readonly bodySource: BodyInit | null | undefined;
  readonly callerSignal: AbortSignal | null | undefined;
  readonly timeout: number | undefined;
  readonly maxRetries: number | undefined;
  readonly callState: CallOptions["callState"];

  constructor(input: string | URL, init: RequestInit & CallOptions) {
    super(input, init);
    this.bodySource = init.body;
    this.callerSignal = init.signal;
    this.timeout = init.timeout;
    this.maxRetries = init.maxRetries;
    this.callState = init.callState;
  }

  /** A fresh request with the same method, URL, headers and body, for a retry. */
  replay(): Request {
    return new Request(this.url, {
      method: this.method,
      headers: this.headers,
      body: this.bodySource ?? null,
      redirect: this.redirect,
    });
  }
}
