// How the contract mock sends a text/event-stream answer: over time, as a server would. Each event
// goes out in two writes cut inside its data line, a few ms apart, headers flushed first and Nagle
// off, so the client's parser meets events split across chunks and waits between them.
import type { ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";

/** Milliseconds between two writes: enough for each to arrive as its own chunk, short for the suite. */
export const eventWriteGapMs = 3;

/** `body` (events, each ending in a blank line) in the writes that send it: two per event, cut mid-event. */
export function eventStreamWrites(body: string): string[] {
  const events = body.match(/[\s\S]*?(?:\r\n\r\n|\n\n|\r\r|$)/g)?.filter(Boolean) ?? [];
  return events.flatMap((event) => {
    const cut = Math.ceil(event.length / 2);
    return cut > 0 && cut < event.length ? [event.slice(0, cut), event.slice(cut)] : [event];
  });
}

/** Answers `status` with `body` as an event stream, written piece by piece. */
export async function writeEventStream(
  reply: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): Promise<void> {
  reply.socket?.setNoDelay(true);
  reply.writeHead(status, { ...headers, "cache-control": "no-cache" });
  reply.flushHeaders();
  for (const piece of eventStreamWrites(body)) {
    if (reply.destroyed) return;
    reply.write(piece);
    await delay(eventWriteGapMs);
  }
  reply.end();
}
