// Where a call's result becomes an event stream: a success whose documented media type is
// `text/event-stream` gets its open body as `data`, read event by event (event-stream.ts). The
// generated configuration references this only where the document streams (ProviderConfig
// `eventStream`), so other packages' bundles leave the streaming code out.
import type { ClientContext } from "../client-context.ts";
import type { EventStreamHook } from "../provider-config.ts";
import { unexpectedResponseOf } from "../unexpected-response.ts";
import { readEventStream } from "./event-stream.ts";

/** `result` with its data the stream's events, for a success of an event-stream kind; else `result`. */
export const streamResult: EventStreamHook = (result, kind, context, call) => {
  if ((kind !== "events" && kind !== "json-events") || result.error !== undefined) return result;
  const { response } = result;
  const data = readEventStream(response, {
    json: kind === "json-events",
    idleTimeout: call.idleTimeout,
    signal: call.signal,
    label: `${context.provider}: ${call.method} ${call.url}`,
    invalid: (problem, text) =>
      unexpectedResponseOf(context as ClientContext, response, call.method, call.url, problem, text),
  });
  return { ...result, data };
};
