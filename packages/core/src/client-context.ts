// Which client a result came from: its provider's name and the redactor of its credentials. An
// error built later from a result, outside the client (a helper finding a success body without
// what it needs, `unwrap` finding no body), is built with it, so it names the provider and never
// shows the key without each helper having to pass either. The result carries it: the helper
// holds the result, and nothing outlives it.
import { clientDefaults, mergeTuning, type Tuning } from "./client-options.ts";
import type { Redact } from "./redact-secrets.ts";

export interface ClientContext {
  /** The provider's display name, for errors' `provider` and messages. */
  readonly provider: string;
  /** Takes the client's credentials out of what an error shows. */
  readonly redact: Redact;
  /** The client's tuning options over the defaults, for helpers that make calls of their own. */
  readonly tuning: Tuning;
}

const clientContext = Symbol("image-sdk.clientContext");

/** `result`, carrying `context` in a property that is not enumerable: results still show and compare as `{ data, error, response, requestId }`. */
export function withContext<Result extends object>(result: Result, context: ClientContext): Result {
  return Object.defineProperty(result, clientContext, { value: context });
}

/** The context of the client that returned `result`; undefined for a result made elsewhere. */
export const contextOf = (result: object): ClientContext | undefined =>
  (result as { [clientContext]?: ClientContext })[clientContext];

/**
 * The tuning (timeout, retries, delays) of a call made by the client that returned `result`, with
 * `overrides` (a call's options) over the client's: the same merge the client does for each call,
 * for a helper that needs a value itself (a polling loop fitting each check's timeout into its
 * deadline). A result made elsewhere gets the defaults under `overrides`.
 */
export function callTuning(result: object, overrides: Partial<Record<keyof Tuning, unknown>>): Tuning {
  const context = contextOf(result);
  return mergeTuning(context?.provider ?? "image-sdk", context?.tuning ?? clientDefaults, overrides);
}
