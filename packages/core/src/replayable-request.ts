/**
 * The Request class handed to openapi-fetch. It keeps what the retry loop needs and a Request
 * does not expose: the serialized body (a sent body stream cannot be read again, and cloning
 * every request up front would tee every body even when nothing is retried) and the caller's
 * own AbortSignal (Request.signal always exists, so it cannot tell whether one was given).
 * openapi-fetch copies unknown init keys (`timeout`, `maxRetries`) onto the instance.
 */
export class ReplayableRequest extends Request {
  readonly bodySource: BodyInit | null | undefined;
  readonly callerSignal: AbortSignal | null | undefined;
  /** Per-call options, copied here by openapi-fetch from the call's init. */
  timeout?: number;
  maxRetries?: number;
  /** Set by the transport when response headers arrive; see api-client.ts. */
  callState?: { response: Response | undefined };

  constructor(input: string | URL, init: RequestInit) {
    super(input, init);
    this.bodySource = init.body;
    this.callerSignal = init.signal;
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
