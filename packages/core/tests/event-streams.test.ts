// Operations answering `text/event-stream`: the result's data is an async iterator of typed
// events, read as they arrive from a loopback server that streams them; the faults of a stream
// (silence, a cut mid-event, data that is not the JSON documented) and the ways to stop one.
import type { ServerResponse } from "node:http";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  AbortError,
  type ClientOptions,
  ConnectionError,
  type ServerSentEvent,
  TimeoutError,
  UnexpectedResponseError,
} from "../src/index.ts";
import { createApiClient, type ProviderConfig, streamResult } from "../src/internal.ts";

const server = useTestServer();

interface Progress {
  step: number;
  done?: boolean;
}
interface StreamPaths {
  "/renders/{id}/events": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { "text/event-stream": Progress } } };
    };
  };
  "/log": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { "text/event-stream": string } } };
    };
  };
}

const provider: ProviderConfig = {
  name: "Streams",
  env: { apiKey: "S_API_KEY", username: "S_USERNAME", password: "S_PASSWORD", baseUrl: "S_BASE_URL" },
  servers: [{ url: "http://127.0.0.1:9" }],
  securitySchemes: {},
  eventStream: streamResult,
  operations: {
    "GET /renders/{id}/events": { responses: { 200: "json-events" } },
    "GET /log": { responses: { 200: "events" } },
  },
};
const client = (options: ClientOptions = {}) =>
  createApiClient<StreamPaths>(provider, { baseUrl: server.url, retryDelay: 5, ...options });
const progress = (options: ClientOptions = {}) =>
  client(options).GET("/renders/{id}/events", { params: { path: { id: "r1" } } });

/** Starts an event stream and writes `chunks` (strings, or ms to wait); `end` closes it. */
function streams(chunks: Array<string | number>, end = true, closed?: () => void) {
  server.handle(async (_request, response: ServerResponse) => {
    response.on("close", () => closed?.());
    response.writeHead(200, { "content-type": "text/event-stream" });
    for (const chunk of chunks) {
      if (typeof chunk === "number") await new Promise((resolve) => setTimeout(resolve, chunk));
      else if (!response.destroyed) response.write(chunk);
    }
    if (end) response.end();
  });
}

async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

describe("an event-stream operation", () => {
  it("yields each event as it arrives, data parsed as the documented JSON, typed", async () => {
    streams([
      ": keep-alive\n\n",
      'event: progress\nid: 1\ndata: {"step":1}\n\n',
      10,
      'data: {"step":\ndata: 2}\r\n\r\n',
      'id: 3\nretry: 500\ndata: {"step":3,"done":true}\n\n',
    ]);
    const { data, error } = await progress();
    expect(error).toBeUndefined();
    expectTypeOf(data!).toEqualTypeOf<AsyncIterable<ServerSentEvent<Progress>>>();
    expect(await collect(data!)).toEqual([
      { event: "progress", id: "1", retry: undefined, data: { step: 1 } },
      { event: undefined, id: "1", retry: undefined, data: { step: 2 } },
      { event: undefined, id: "3", retry: 500, data: { step: 3, done: true } },
    ]);
  });

  it("keeps data as text where the document says the events are strings", async () => {
    streams(["data: first line\ndata: second\n\n", "data:no space\n\n"]);
    const { data } = await client().GET("/log");
    expect((await collect(data!)).map((event) => event.data)).toEqual(["first line\nsecond", "no space"]);
  });

  it("a stream silent for longer than streamIdleTimeout is a TimeoutError, however long the call's timeout", async () => {
    streams(['data: {"step":1}\n\n', 2000], true);
    const { data } = await progress({ streamIdleTimeout: 100, timeout: 10_000 });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of data!) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("sent nothing for 100 ms (streamIdleTimeout)");
    expect(seen).toEqual([{ step: 1 }]);
  });

  it("a stream that ends inside an event is a ConnectionError, not a partial event", async () => {
    streams(['data: {"step":1}\n\n', 'data: {"step":2}']);
    const { data } = await progress();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of data!) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("ended in the middle of an event");
    expect(seen).toEqual([{ step: 1 }]);
  });

  it("an event whose data is not JSON is an UnexpectedResponseError showing it", async () => {
    streams(["data: not json\n\n"]);
    const { data } = await progress();
    const error = await collect(data!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ body: "not json" });
  });

  it("break closes the connection", async () => {
    let closed = false;
    streams(['data: {"step":1}\n\n', 'data: {"step":2}\n\n', 5000], true, () => {
      closed = true;
    });
    const { data } = await progress();
    for await (const event of data!) if (event.data.step === 1) break;
    await expect.poll(() => closed, { timeout: 2000 }).toBe(true);
  });

  it("the call's signal aborts an open stream with AbortError", async () => {
    streams(['data: {"step":1}\n\n', 5000]);
    const controller = new AbortController();
    const { data } = await client().GET("/renders/{id}/events", {
      params: { path: { id: "r1" } },
      signal: controller.signal,
    });
    const error = await (async () => {
      for await (const _event of data!) controller.abort();
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
  });

  it("an error answer is read whole and retried as any GET, before the stream opens", async () => {
    let attempts = 0;
    server.handle((_request, response) => {
      if (attempts++ === 0) return sendJson(response, 503, { message: "busy" });
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end('data: {"step":9}\n\n');
    });
    const { data } = await progress();
    expect((await collect(data!)).map((event) => event.data)).toEqual([{ step: 9 }]);
    expect(server.requests).toHaveLength(2);
  });

  it("streamIdleTimeout is validated like the other tuning options", () => {
    expect(() => client({ streamIdleTimeout: -1 })).toThrow("option streamIdleTimeout must be a number of ms ≥ 0");
  });
});
