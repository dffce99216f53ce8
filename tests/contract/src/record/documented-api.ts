// A loopback stand-in for a provider's real API that behaves exactly as its document says: each
// request to a documented operation gets the operation's first success response, with its first
// example (a sample of its schema where it has none). Recording against it gives the recordings a
// package ships before a maintainer records the real API; a test bends one answer (`answer`) to
// play an API that has drifted from its document, and counts the hits each operation took.
//   node tests/contract/src/record/documented-api.ts <provider>   prints the base URL, serves until stopped
import type { IncomingMessage } from "node:http";
import { fileURLToPath } from "node:url";
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { type LoopbackServer, startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { sampleOf } from "../generate-calls/sample-value.ts";
import { type DocumentedOperation, documentedOperations } from "../openapi/documented-operations.ts";
import { loadDocument } from "../providers/contract-providers.ts";

export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or raw text/bytes as sent. */
  body: Json | string | Uint8Array | undefined;
}

export interface DocumentedApi extends LoopbackServer {
  /** Requests each operation received, by key (`GET /v1/things/{id}`). */
  hits: Map<string, number>;
}

export interface DocumentedApiOptions {
  /** Changes the documented answer of an operation (to play a drifted API). */
  answer?: (operation: DocumentedOperation, documented: Answer, request: IncomingMessage) => Answer;
}

function matcher(path: string): RegExp {
  const pattern = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}$`);
}

/** The operation's documented success answer: first 2xx (else first) response, first example. */
export function documentedAnswer(document: JsonObject, operation: DocumentedOperation): Answer {
  const response = operation.responses.find((candidate) => /^2/.test(candidate.status)) ?? operation.responses[0];
  const status = Number(response?.status.replace(/X/gi, "0")) || 200;
  if (!response || response.mediaType === "") return { status, headers: {}, body: undefined };
  const body = response.examples[0]?.value ?? sampleOf(response.schema, document);
  return { status, headers: { "content-type": response.mediaType }, body };
}

export async function startDocumentedApi(
  document: JsonObject,
  options: DocumentedApiOptions = {},
): Promise<DocumentedApi> {
  const operations = documentedOperations(document)
    .map((operation) => ({ operation, matcher: matcher(operation.path) }))
    // A literal path wins over a template that also matches it.
    .sort((a, b) => a.operation.path.split("{").length - b.operation.path.split("{").length);
  const hits = new Map<string, number>();
  const server = await startLoopbackServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://loopback");
    const method = (request.method ?? "GET").toLowerCase();
    const found = operations.find(
      (candidate) => candidate.operation.method === method && candidate.matcher.test(decodeURI(url.pathname)),
    );
    // Answered once the request body is in, as a real server would.
    request.resume();
    request.once("end", () => {
      if (!found) {
        response
          .writeHead(404, { "content-type": "text/plain" })
          .end(`not a documented operation: ${method} ${url.pathname}`);
        return;
      }
      const { operation } = found;
      hits.set(operation.key, (hits.get(operation.key) ?? 0) + 1);
      const documented = documentedAnswer(document, operation);
      const answer = options.answer ? options.answer(operation, documented, request) : documented;
      const body =
        answer.body === undefined
          ? ""
          : typeof answer.body === "string" || answer.body instanceof Uint8Array
            ? answer.body
            : JSON.stringify(answer.body);
      response.writeHead(answer.status, answer.headers).end(body);
    });
  });
  return { ...server, hits };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [provider] = process.argv.slice(2);
  if (!provider) {
    console.error("usage: node tests/contract/src/record/documented-api.ts <provider>");
    process.exit(2);
  }
  const api = await startDocumentedApi(loadDocument(provider));
  console.log(api.origin);
}
