import type { IncomingMessage, ServerResponse } from "node:http";
import { type LoopbackServer, startLoopbackServer } from "@image-sdk/test-support/loopback-server";

/** The scenario's image (fixtures/consumer/scenario.mjs `imageBytes`): all 256 byte values. */
export const imageBytes = Uint8Array.from({ length: 256 }, (_, i) => i);

/** The base64 Novita must receive for it. */
const expectedImageBase64 = Buffer.from(imageBytes).toString("base64");

/** The prompt each answering route gives. */
export const prompts = { caption: "a cat on a mat", novita: "a cat, from bytes" } as const;

export interface ScenarioApi extends LoopbackServer {
  /** Requests seen per `<run>/<route>`, e.g. `bun/retry`. */
  hits: Map<string, number>;
  /** Serves `body` at `path` too (a browser app's page and bundle, from the API's own origin). */
  serve(path: string, contentType: string, body: string): void;
}

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
};

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

/**
 * The API the scenario calls, on loopback. Each run uses its own prefix (`/<run>/<route>/…`), so
 * counts per run stay apart. Routes: `retry` (503, then a caption), `stall` (headers, then a body
 * that never ends), `hang` (never answers), `forbidden` (Flamel's documented 403), `unavailable`
 * (503), `novita` (a prompt, if the body carries the image's base64).
 */
export async function startScenarioApi(): Promise<ScenarioApi> {
  const hits = new Map<string, number>();
  const files = new Map<string, { contentType: string; body: string }>();
  const server = await startLoopbackServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://loopback");
    const file = files.get(pathname);
    if (file !== undefined) {
      response.writeHead(200, { "content-type": file.contentType });
      response.end(file.body);
      return;
    }
    const [run, route] = pathname.split("/").slice(1);
    const key = `${run}/${route}`;
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    switch (route) {
      case "retry":
        if (count === 1) json(response, 503, { success: false, code: 503, data: "busy" });
        else json(response, 201, { captionPrompt: prompts.caption });
        return;
      case "stall":
        response.writeHead(201, { "content-type": "application/json" });
        response.write('{"captionPrompt": "');
        return;
      case "hang":
        return;
      case "forbidden":
        json(response, 403, { success: false, code: 403, data: "prompt_usage_limit" });
        return;
      case "unavailable":
        json(response, 503, { message: "unavailable" });
        return;
      case "novita":
        void readBody(request).then((body) => {
          if (body.includes(expectedImageBase64)) json(response, 200, { prompt: prompts.novita });
          else json(response, 400, { message: `the image's base64 is missing from ${body.slice(0, 200)}` });
        });
        return;
      default:
        json(response, 404, { message: `no route ${request.url}` });
    }
  });
  return { ...server, hits, serve: (path, contentType, body) => files.set(path, { contentType, body }) };
}
