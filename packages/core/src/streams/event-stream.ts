// A `text/event-stream` success body as an async iterator of typed events (the WHATWG
// server-sent events format: `event`, `data`, `id`, `retry` fields, a blank line ends an event).
// The attempt's timeout covers the response headers; once the stream is open, each wait for the
// next bytes is bounded by `streamIdleTimeout` (TimeoutError). `break` (or an error) cancels the
// body, which closes the connection; the call's signal aborts it (AbortError). A stream that ends
// inside an event is a ConnectionError: the event is never yielded half.
import { AbortError, ConnectionError, TimeoutError } from "../errors.ts";
import { abortErrorFrom } from "../sleep.ts";

/** One server-sent event; `data` parsed as JSON where the document says the stream carries JSON. */
export interface ServerSentEvent<Data = string> {
  /** The `event:` field; undefined for the default ("message"). */
  event: string | undefined;
  data: Data;
  /** The last `id:` seen, as the server sent it (what a reconnect would send as Last-Event-ID). */
  id: string | undefined;
  /** The `retry:` field in ms, when the event had one. */
  retry: number | undefined;
}

/** The events of a stream: `for await (const event of stream)`. */
export type EventStream<Data = string> = AsyncIterable<ServerSentEvent<Data>>;

export interface EventStreamOptions {
  /** Parse each event's data as JSON. */
  json: boolean;
  /** Milliseconds the stream may stay silent between chunks; Infinity for no limit. */
  idleTimeout: number;
  signal?: AbortSignal | undefined;
  /** What messages name: "<Provider>: GET <url>". */
  label: string;
  /** Builds the error for an event whose data is not JSON. */
  invalid: (problem: string, data: string) => Error;
}

/** Resolves with `read`, or rejects with TimeoutError after `ms` of silence (cancelling the body). */
function withinIdle<T>(read: Promise<T>, ms: number, cancel: () => void, label: string): Promise<T> {
  if (!(ms < Infinity)) return read;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cancel();
      reject(new TimeoutError(`${label}: the event stream sent nothing for ${ms} ms (streamIdleTimeout).`));
    }, ms);
    read.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The events of `response`'s body, read as they arrive. */
export async function* readEventStream<Data>(
  response: Response,
  options: EventStreamOptions,
): AsyncGenerator<ServerSentEvent<Data>, void, undefined> {
  const { label, signal } = options;
  if (!response.body) return;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let data: string[] = [];
  let event: string | undefined;
  let retry: number | undefined;
  let id: string | undefined;
  /** A field has been read since the last event ended. */
  let pending = false;
  let done = false;
  try {
    while (!done) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await withinIdle(reader.read(), options.idleTimeout, () => void reader.cancel().catch(() => {}), label);
      } catch (cause) {
        if (signal?.aborted) throw abortErrorFrom(signal);
        if (cause instanceof TimeoutError || cause instanceof AbortError) throw cause;
        throw new ConnectionError(`${label}: the event stream broke off: ${(cause as Error).message}`, { cause });
      }
      done = chunk.done;
      buffer += done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
      // Whole lines only (CRLF, LF or CR); a CR at the very end may be half of a CRLF.
      for (let match = /\r\n|\n|\r(?!$)/.exec(buffer); match; match = /\r\n|\n|\r(?!$)/.exec(buffer)) {
        const line = buffer.slice(0, match.index);
        buffer = buffer.slice(match.index + match[0].length);
        if (line === "") {
          if (data.length) {
            const text = data.join("\n");
            let parsed: unknown = text;
            if (options.json) {
              try {
                parsed = JSON.parse(text);
              } catch {
                throw options.invalid("has an event whose data is not JSON", text);
              }
            }
            yield { event, data: parsed as Data, id, retry };
          }
          data = [];
          event = retry = undefined;
          pending = false;
          continue;
        }
        if (line.startsWith(":")) continue; // a comment (often a keep-alive)
        pending = true;
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + (line[colon + 1] === " " ? 2 : 1));
        if (field === "data") data.push(value);
        else if (field === "event") event = value;
        else if (field === "id" && !value.includes("\0")) id = value;
        else if (field === "retry" && /^\d+$/.test(value)) retry = Number(value);
      }
    }
    if (pending || buffer !== "")
      throw new ConnectionError(`${label}: the event stream ended in the middle of an event.`);
  } finally {
    // Closes the connection when the caller stops early (`break`) or an error ends the loop.
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
