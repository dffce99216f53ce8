// The errors every client throws or returns. Modelled on the classes Stainless generates
// (anthropic-sdk-typescript): one base class, an ApiError per HTTP answer (with a subclass per
// common status), and distinct classes for "no answer": connection, timeout, abort.
// No error ever holds a credential or the request headers: see redact-secrets.ts.
// The classes are empty on purpose (names are set in one loop at the end): every byte here lands
// in each app's bundle.

import { requestIdFrom } from "./request-id.ts";

/** Base class of every error this SDK throws or returns. */
export class ImageSdkError extends Error {
  /**
   * What `JSON.stringify(error)` writes: `name` and `message` (an Error's own JSON has neither),
   * then the error's own fields. Never `body` or `headers`: a log line is not the place for a
   * response (and a Headers object would print as `{}`).
   */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (key !== "body" && key !== "headers") json[key] = value;
    return json;
  }
}

/** A credential the operation needs is in neither the options nor the environment, or is unusable. */
export class MissingApiKeyError extends ImageSdkError {}

/** Input rejected by the client before any request was sent (e.g. an image over the size limit). */
export class InvalidInputError extends ImageSdkError {}

/** A client option with a value it cannot take (named in the message, credentials never shown). */
export class InvalidOptionError extends InvalidInputError {}

/**
 * A request fetch cannot send as the document describes it, refused before anything is sent: a
 * body on GET or HEAD (`code` `"body_not_allowed"`), or a URL to call that is not http(s)
 * (`"invalid_url"`). Names the method and path template (or the URL).
 */
export class UnsendableRequestError extends InvalidInputError {
  declare readonly code: "body_not_allowed" | "invalid_url";
  declare readonly method: string;
  declare readonly path: string;

  constructor(message: string, init: { code: "body_not_allowed" | "invalid_url"; method: string; path: string }) {
    super(message);
    Object.assign(this, init);
  }
}

/** What an ApiError is made of; `code` and `params` come from the provider's error body. */
export interface ApiErrorInit {
  status: number;
  /** The provider's error code, or the raw code text when it matches no documented one. */
  code: string | undefined;
  /** Values parsed out of a parameterised code, e.g. `{ styleId: "352" }`. */
  params: Readonly<Record<string, string>> | undefined;
  /** The response body: parsed JSON, text, a Blob, or undefined when there is none. */
  body: unknown;
  headers: Headers;
  method: string;
  url: string;
  message: string;
  /** The provider's display name ("Flamel"): what `isFlamelApiError` and the like check. */
  provider?: string;
}

/**
 * The server answered, and the answer is an error: an HTTP error status, or a success status
 * whose body is not what the operation promises. `status` and `code` are typed per provider
 * (see `ApiErrorOf`), so `err.status === 403 && err.code === "not_enough_credit"` narrows.
 */
export class ApiError<Status extends number = number, Code extends string = string> extends ImageSdkError {
  declare readonly status: Status;
  declare readonly code: Code | undefined;
  declare readonly params: Readonly<Record<string, string>> | undefined;
  declare readonly body: unknown;
  /** Response headers (the request's, which carry the key, are never kept). */
  declare readonly headers: Headers;
  declare readonly method: string;
  declare readonly url: string;
  /** The provider that answered, by display name ("Flamel"); undefined for an error built outside a client. */
  declare readonly provider: string | undefined;
  /** The provider's id for this request (`x-request-id` or a common variant), for support tickets. */
  declare readonly requestId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    // Every field of ApiErrorInit is one of ours (`message` included, with the same value).
    Object.assign(this, { provider: undefined, ...init, requestId: requestIdFrom(init.headers) });
  }
}

export class BadRequestError<Code extends string = string> extends ApiError<400, Code> {}
export class AuthenticationError<Code extends string = string> extends ApiError<401, Code> {}
export class PermissionDeniedError<Code extends string = string> extends ApiError<403, Code> {}
export class NotFoundError<Code extends string = string> extends ApiError<404, Code> {}
export class UnprocessableEntityError<Code extends string = string> extends ApiError<422, Code> {}
export class RateLimitError<Code extends string = string> extends ApiError<429, Code> {}
/** Any 5xx. */
export class InternalServerError<Status extends number = number, Code extends string = string> extends ApiError<
  Status,
  Code
> {}
/** A success status whose body is empty, not what its media type says, or lacks what the operation returns. */
export class UnexpectedResponseError extends ApiError {}

const byStatus: Record<number, new (init: ApiErrorInit) => ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The ApiError subclass for an HTTP error status. */
export const apiErrorFor = (init: ApiErrorInit): ApiError =>
  new (byStatus[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError))(init);

/** No usable answer: DNS failure, refused or dropped connection, a body cut off mid-read. */
export class ConnectionError extends ImageSdkError {}

/** An attempt did not complete (headers and the whole body) within the timeout. */
export class TimeoutError extends ConnectionError {}

/** The caller's AbortSignal fired. Deliberately not a ConnectionError: nothing went wrong. */
export class AbortError extends ImageSdkError {}

// `name` as text: minifiers rename the classes themselves.
for (const [name, type] of Object.entries({
  ImageSdkError,
  MissingApiKeyError,
  InvalidInputError,
  InvalidOptionError,
  UnsendableRequestError,
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  UnexpectedResponseError,
  ConnectionError,
  TimeoutError,
  AbortError,
})) {
  type.prototype.name = name;
}
