// Which client a result came from: its provider's name and the redactor of its credentials. An
// error built later from a result, outside the client (a helper finding a success body without
// what it needs, `unwrap` finding no body), is built with it, so it names the provider and never
// shows the key without each helper having to pass either. The result carries it: the helper
// holds the result, and nothing outlives it.
import type { Redact } from "./redact-secrets.ts";

export interface ClientContext {
  /** The provider's display name, for errors' `provider` and messages. */
  readonly provider: string;
  /** Takes the client's credentials out of what an error shows. */
  readonly redact: Redact;
}

const clientContext = Symbol("image-sdk.clientContext");

/** `result`, carrying `context` in a property that is not enumerable: results still show and compare as `{ data, error, response, requestId }`. */
export function withContext<Result extends object>(result: Result, context: ClientContext): Result {
  return Object.defineProperty(result, clientContext, { value: context });
}

/** The context of the client that returned `result`; undefined for a result made elsewhere. */
export const contextOf = (result: object): ClientContext | undefined =>
  (result as { [clientContext]?: ClientContext })[clientContext];
