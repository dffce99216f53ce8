// The call every client-overhead variant makes: Novita's image-to-prompt, one JSON POST with a
// Bearer key and a JSON answer — the simplest call of the three providers, so the layers a client
// adds show instead of drowning in request building. Bodies are the spec's own examples.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { components } from "@image-sdk/novita";

type Example<T> = { examples?: Record<string, { value: T }> };
interface Operation {
  requestBody: { content: { "application/json": Example<components["schemas"]["Img2PromptRequest"]> } };
  responses: { "200": { content: { "application/json": Example<components["schemas"]["Img2PromptResponse"]> } } };
}

export const PROVIDER = "novita";
/** Typed: the compiler checks the path against the generated `paths`. */
export const PATH = "/v3/img2prompt" satisfies keyof import("@image-sdk/novita").paths;
export const API_KEY = "bench-key";

export interface OverheadCall {
  requestBody: components["schemas"]["Img2PromptRequest"];
  responseBody: components["schemas"]["Img2PromptResponse"];
  /** The response as the server sends it. */
  responseText: string;
}

function firstExample<T>(media: Example<T>, where: string): T {
  const example = Object.values(media.examples ?? {})[0];
  if (!example) throw new Error(`packages/${PROVIDER}/openapi.json: ${where} has no example to bench with`);
  return example.value;
}

export async function loadOverheadCall(): Promise<OverheadCall> {
  const documentPath = createRequire(import.meta.url).resolve(`@image-sdk/${PROVIDER}/openapi.json`);
  const document = JSON.parse(await readFile(documentPath, "utf8")) as { paths: Record<string, { post: Operation }> };
  const operation = document.paths[PATH]?.post;
  if (!operation) throw new Error(`${documentPath}: no POST ${PATH}`);
  const responseBody = firstExample(operation.responses["200"].content["application/json"], `POST ${PATH} 200`);
  return {
    requestBody: firstExample(operation.requestBody.content["application/json"], `POST ${PATH} request body`),
    responseBody,
    responseText: JSON.stringify(responseBody),
  };
}
