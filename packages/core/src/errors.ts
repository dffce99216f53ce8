// The errors every client throws or returns. Modelled on the classes Stainless generates
// (anthropic-sdk-typescript): one base class, an ApiError per HTTP answer (with a subclass per
// common status), and distinct classes for "no answer": connection, timeout, abort.
// No error ever holds the API key or the request headers: see redact-key.ts for bodies.

/** Base class of every error this SDK throws or returns. */
export class ImageSdkError extends Error {
  static {
    this.prototype.name = "ImageSdkError";
  }
}

/** No API key in the options or the environment, or one that cannot be sent in a header. */
export class MissingApiKeyError extends ImageSdkError {
  static {
    this.prototype.name = "MissingApiKeyError";
  }
}

/** Input rejected by the client before any request was sent (e.g. an image over the size limit). */
export class InvalidInputError extends ImageSdkError {
  static {
    this.prototype.name = "InvalidInputError";
  }
}

/** What an ApiError is made of; `code` and `params` come from the provider's error body. */
export interface ApiErrorInit {
  status: number;
  /** The provider's error code, or the raw code text when it matches no documented one. */
  code: string | undefined;
  /** Values parsed out of a parameterised code, e.g. `{ styleId: "352" }`. */
  params: Readonly<Record<string, string>> | undefined;
  /** The response body: parsed JSON, or the raw text when it is not JSON. */
  body: unknown;
  headers: Headers;
  method: string;
  url: string;
  message: string;
}

/**
 * The server answered, and the answer is an error: an HTTP error status, or a success status
 * whose body is not what the operation promises. `status` and `code` are typed per provider
 * (see `ApiErrorOf`), so `err.status === 403 && err.code === "not_enough_credit"` narrows.
 */
export class ApiError<Status extends number = number, Code extends string = string> extends ImageSdkError {
  static {
    this.prototype.name = "ApiError";
  }
  readonly status: Status;
  readonly code: Code | undefined;
  readonly params: Readonly<Record<string, string>> | undefined;
  readonly body: unknown;
  /** Response headers (the request's, which carry the key, are never kept). */
  readonly headers: Headers;
  readonly method: string;
  readonly url: string;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status as Status;
    this.code = init.code as Code | undefined;
    this.params = init.params;
    this.body = init.body;
    this.headers = init.headers;
    this.method = init.method;
    this.url = init.url;
  }
}

export class BadRequestError<Code extends string = string> extends ApiError<400, Code> {
  static {
    this.prototype.name = "BadRequestError";
  }
}
export class AuthenticationError<Code extends string = string> extends ApiError<401, Code> {
  static {
    this.prototype.name = "AuthenticationError";
  }
}
export class PermissionDeniedError<Code extends string = string> extends ApiError<403, Code> {
  static {
    this.prototype.name = "PermissionDeniedError";
  }
}
export class NotFoundError<Code extends string = string> extends ApiError<404, Code> {
  static {
    this.prototype.name = "NotFoundError";
  }
}
export class UnprocessableEntityError<Code extends string = string> extends ApiError<422, Code> {
  static {
    this.prototype.name = "UnprocessableEntityError";
  }
}
export class RateLimitError<Code extends string = string> extends ApiError<429, Code> {
  static {
    this.prototype.name = "RateLimitError";
  }
}
/** Any 5xx. */
export class InternalServerError<Status extends number = number, Code extends string = string> extends ApiError<Status, Code> {
  static {
    this.prototype.name = "InternalServerError";
  }
}
/** A success status whose body is empty, not JSON, or lacks what the operation returns. */
export class UnexpectedResponseError extends ApiError {
  static {
    this.prototype.name = "UnexpectedResponseError";
  }
}

/** The ApiError subclass for an HTTP error status. */
export function apiErrorFor(init: ApiErrorInit): ApiError {
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 422:
      return new UnprocessableEntityError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return init.status >= 500 ? new InternalServerError(init) : new ApiError(init);
  }
}

/** No usable answer: DNS failure, refused or dropped connection, a body cut off mid-read. */
export class ConnectionError extends ImageSdkError {
  static {
    this.prototype.name = "ConnectionError";
  }
}

/** The request did not get its response headers within the timeout. */
export class TimeoutError extends ConnectionError {
  static {
    this.prototype.name = "TimeoutError";
  }
}

/** The caller's AbortSignal fired. Deliberately not a ConnectionError: nothing went wrong. */
export class AbortError extends ImageSdkError {
  static {
    this.prototype.name = "AbortError";
  }
}
