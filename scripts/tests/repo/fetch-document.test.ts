// Fetching an upstream document never waits without end: a server that never answers, or sends
// its headers and then stalls the body, fails within the timeout with what to set for a proxy or CA.
import type { RequestListener } from "node:http";
import { type LoopbackServer, startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { afterEach, expect, it } from "vitest";
import { fetchDocumentText } from "../../repo/fetch-document.ts";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
});

async function serve(handler: RequestListener): Promise<string> {
  server = await startLoopbackServer(handler);
  return `${server.origin}/openapi.json`;
}

async function failure(url: string): Promise<string> {
  const started = Date.now();
  const message = await fetchDocumentText(url, { timeoutMs: 500 }).then(
    () => "fetched",
    (error: Error) => error.message,
  );
  expect(Date.now() - started).toBeLessThan(5_000);
  return message;
}

const advice = [
  "It was waiting for 127.0.0.1:",
  "HTTPS_PROXY",
  "NODE_USE_ENV_PROXY=1",
  "NODE_EXTRA_CA_CERTS",
  "cafile",
];

it("fails within the timeout when the server never answers, saying how to set a proxy or CA", async () => {
  const url = await serve(() => {});
  const message = await failure(url);
  expect(message).toMatch(
    new RegExp(`^${url.replace(/[.]/g, "\\.")}: cannot be fetched \\(no complete answer within 0\\.5 s\\)\\n`),
  );
  for (const text of advice) expect(message).toContain(text);
});

it("fails within the timeout when the body stalls after the headers", async () => {
  const url = await serve((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"openapi": ');
  });
  const message = await failure(url);
  expect(message).toContain(`${url}: cannot be fetched (no complete answer within 0.5 s)`);
  for (const text of advice) expect(message).toContain(text);
});

it("reads a document that answers in time", async () => {
  const url = await serve((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" }).end('{"openapi": "3.1.0"}');
  });
  expect(await fetchDocumentText(url, { timeoutMs: 5_000 })).toBe('{"openapi": "3.1.0"}');
});
