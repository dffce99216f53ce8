import { readFile } from "node:fs/promises";
import { sendJson, startTestServer, type TestServer } from "@image-sdk/test-support/http-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreepikClient } from "../src/index.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const manifest = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));

describe("User-Agent", () => {
  it("names the package and its version from package.json, unless the headers option replaces it", async () => {
    server.handle((_request, response) => sendJson(response, 500, { message: "down" }));
    const options = { apiKey: "identity-test-key", baseUrl: server.url, maxRetries: 0 };
    await createFreepikClient(options)
      .listTasks()
      .catch(() => {});
    await createFreepikClient({ ...options, headers: { "User-Agent": "my-app/2.0" } })
      .listTasks()
      .catch(() => {});
    expect(server.requests.map((request) => request.headers["user-agent"])).toEqual([
      `image-sdk-freepik/${manifest.version}`,
      "my-app/2.0",
    ]);
  });
});
