// What describeImage carries over from each provider package's helper: the provider's request id
// (from withResponse()), Freepik's task id, and each task status Freepik's polling saw, as
// progress. Against loopback servers standing in for the providers.
import { readFile } from "node:fs/promises";
import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DescribeProgress, describeImage, type ProviderName, providerNames } from "../src/index.ts";

let server: TestServer;
let png: Buffer;
beforeAll(async () => {
  server = await startTestServer();
  png = await readFile(new URL("../sample/sea.png", import.meta.url));
});
afterAll(() => server.close());

const taskId = "3f0c2a9e-6f1b-4c3e-9d7a-2b8e5c1d4f60";
let checks = 0;
let served = 0;
/** One server answers as each provider would; a different request id per request. */
function answer(request: { method: string; url: string }, response: import("node:http").ServerResponse) {
  const headers = { "x-request-id": `req-${++served}` };
  if (request.url === "/images/sea.png") return void response.writeHead(200, { "content-type": "image/png" }).end(png);
  if (request.url.startsWith("/api/images/imageToPrompt"))
    return sendJson(response, 201, { captionPrompt: "flamel's" }, headers);
  if (request.url.startsWith("/v3/img2prompt")) return sendJson(response, 200, { prompt: "novita's" }, headers);
  if (request.url.startsWith("/describe"))
    return sendJson(response, 200, { descriptions: [{ text: "ideogram's" }] }, headers);
  // Freepik: created, then one check in progress, then completed.
  const status = request.method === "POST" ? "CREATED" : ++checks === 1 ? "IN_PROGRESS" : "COMPLETED";
  const generated = status === "COMPLETED" ? ["freepik's"] : [];
  sendJson(response, 200, { data: { task_id: taskId, status, generated } }, headers);
}

const options = () =>
  Object.fromEntries(
    providerNames.map((name) => [name, { baseUrl: server.url, apiKey: `${name}-key-1234`, pollInterval: 5 }]),
  );

describe.each(providerNames)("%s", (provider: ProviderName) => {
  it("reports the provider's request id of the answer the prompt came from", async () => {
    checks = 0;
    server.handle(answer);
    const result = await describeImage(`${server.url}/images/sea.png`, { provider, ...options() });
    // The last request is the one the prompt came from (after Novita's download, Freepik's create).
    expect(result.requestId).toBe(`req-${served}`);
    expect(served).toBeGreaterThan(0);
    expect(result.prompt).toBe(`${provider}'s`);
  });
});

it("reports Freepik's task id, and each status its polling saw as progress", async () => {
  checks = 0;
  server.handle(answer);
  const events: DescribeProgress[] = [];
  const result = await describeImage(`${server.url}/images/sea.png`, {
    provider: "freepik",
    ...options(),
    onProgress: (event) => events.push(event),
  });
  expect(result.taskId).toBe(taskId);
  expect(events.filter((event) => event.stage === "polling")).toEqual(
    ["CREATED", "IN_PROGRESS", "COMPLETED"].map((status) => ({
      stage: "polling",
      provider: "freepik",
      taskId,
      status,
    })),
  );
});
