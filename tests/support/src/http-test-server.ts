// A real HTTP server on 127.0.0.1 (free port) for the client tests: it records every request it
// receives and answers with whatever the current test's handler does. Shared by the provider
// packages' tests through @image-sdk/test-support (private; never published).
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { afterAll, beforeAll } from "vitest";
import { startLoopbackServer } from "./loopback-server.ts";

export { refusedUrl } from "./loopback-server.ts";

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request's body had arrived. */
  at: number;
}

export type Handler = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>;

export interface TestServer {
  url: string;
  /** Requests received since the last `handle()`. */
  requests: ReceivedRequest[];
  /** Sets the handler for what follows and forgets earlier requests. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  let handler: Handler = (_request, response) => sendJson(response, 500, { message: "no handler set" });
  const requests: ReceivedRequest[] = [];
  const server = await startLoopbackServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request: ReceivedRequest = {
      method: incoming.method ?? "",
      url: incoming.url ?? "",
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      at: performance.now(),
    };
    requests.push(request);
    try {
      await handler(request, response);
    } catch (error) {
      if (!response.headersSent) sendJson(response, 599, { message: `test handler failed: ${String(error)}` });
      else response.destroy();
    }
  });
  return {
    url: server.origin,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    close: server.close,
  };
}

/**
 * The test file's server: started before its tests, closed after them. Its members may be used in
 * tests and hooks (not while the file is being collected, when it has not started yet).
 */
export function useTestServer(): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer();
  });
  afterAll(() => started?.close());
  const current = () => {
    if (!started) throw new Error("the test server starts in beforeAll: use it inside tests and hooks");
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    get requests() {
      return current().requests;
    },
    handle: (handler) => current().handle(handler),
    close: () => current().close(),
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

export function sendText(response: ServerResponse, status: number, text: string, contentType = "text/html"): void {
  response.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/** Gaps in ms between consecutive received requests. */
export function gaps(requests: ReceivedRequest[]): number[] {
  return requests.slice(1).map((request, i) => request.at - requests[i]!.at);
}
