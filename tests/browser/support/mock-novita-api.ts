import { readFileSync } from "node:fs";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { createRequire } from "node:module";

interface ResponseExample {
  value: unknown;
}
interface NovitaDocument {
  paths: Record<
    string,
    {
      post: {
        responses: Record<string, { content: { "application/json": { examples: Record<string, ResponseExample> } } }>;
      };
    }
  >;
}

const operationPath = "/v3/img2prompt";
const novitaDocument = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@image-sdk/novita/openapi.json"), "utf8"),
) as NovitaDocument;

/** A response example of the img2prompt operation, as the package's own openapi.json documents it. */
export function documentedExample(status: number, name: string): unknown {
  const example =
    novitaDocument.paths[operationPath]?.post.responses[String(status)]?.content["application/json"].examples[name];
  if (!example) throw new Error(`packages/novita/openapi.json: no ${status} response example named ${name}`);
  return example.value;
}

/** Which documented answer each API key gets; any other key is refused like Novita does. */
export const apiKeys = {
  withCredit: "nv-key-with-credit",
  withoutCredit: "nv-key-without-credit",
} as const;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/**
 * Answers POST /v3/img2prompt like Novita, with the spec's examples, for a page on another origin
 * (CORS, as a browser calling api.novita.ai needs). Records every request it gets.
 */
export function mockNovitaApi(pageOrigin: string): { listener: RequestListener; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const listener: RequestListener = async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const recorded = {
      method: request.method ?? "",
      path: request.url ?? "",
      headers: request.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(recorded);

    response.setHeader("Access-Control-Allow-Origin", pageOrigin);
    if (recorded.method === "OPTIONS") {
      response.setHeader("Access-Control-Allow-Methods", "POST");
      response.setHeader("Access-Control-Allow-Headers", request.headers["access-control-request-headers"] ?? "");
      response.writeHead(204).end();
      return;
    }
    if (recorded.method !== "POST" || recorded.path !== operationPath) {
      response.writeHead(404).end();
      return;
    }
    const authorization = request.headers.authorization;
    if (authorization === `Bearer ${apiKeys.withCredit}`) sendJson(response, 200, documentedExample(200, "prompt"));
    else if (authorization === `Bearer ${apiKeys.withoutCredit}`)
      sendJson(response, 400, documentedExample(400, "BillingBalanceNotEnough"));
    else sendJson(response, 401, documentedExample(401, "InvalidApiKey"));
  };
  return { listener, requests };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}
