import { readFile } from "node:fs/promises";
import { sendJson, sendText, useTestServer } from "@image-sdk/test-support/http-test-server";
import { captureOutput, expectNoKey } from "@image-sdk/test-support/key-redaction";
import { describe, expect, it } from "vitest";
import { provider as freepikProvider } from "../src/generated/provider.ts";
import {
  AbortError,
  AuthenticationError,
  createFreepikClient,
  TaskFailedError,
  TaskTimeoutError,
} from "../src/index.ts";

const key = "FPSX-test-51c0ffee";
const taskId = "046b6c7f-0b8a-43b9-b35d-6489e6daee91";
const server = useTestServer();

const client = (options = {}) => createFreepikClient({ apiKey: key, baseUrl: server.url, retryDelay: 5, ...options });
const task = (status: string, generated: string[] = []) => ({ data: { task_id: taskId, status, generated } });

/** Answers the create with CREATED, then each status check with the next of `statuses` (repeating the last). */
function taskGoesThrough(...statuses: Array<string | number>) {
  let checks = 0;
  server.handle((request, response) => {
    if (request.method === "POST") return sendJson(response, 200, task("CREATED"));
    const status = statuses[Math.min(checks++, statuses.length - 1)]!;
    if (typeof status === "number")
      return sendJson(response, status, { message: "Service Unavailable. Please try again later." });
    sendJson(response, 200, task(status, status === "COMPLETED" ? ["a lighthouse at sunset, watercolor"] : []));
  });
}

describe("createFreepikClient", () => {
  it("defaults to the spec's server", async () => {
    const spec = JSON.parse(await readFile(new URL("../openapi.json", import.meta.url), "utf8"));
    expect(freepikProvider.servers[0]!.url).toBe(spec.servers[0].url);
  });

  it("sends the key in x-freepik-api-key, or the header named by authHeader", async () => {
    server.handle((_request, response) => sendJson(response, 200, { data: [] }));
    await client().GET("/v1/ai/image-to-prompt");
    await client({ authHeader: "x-magnific-api-key" }).GET("/v1/ai/image-to-prompt");
    expect(server.requests[0]!.headers["x-freepik-api-key"]).toBe(key);
    expect(server.requests[1]!.headers["x-magnific-api-key"]).toBe(key);
    expect(server.requests[1]!.headers["x-freepik-api-key"]).toBeUndefined();
  });

  it("types Freepik's message as the error code", async () => {
    server.handle((_request, response) => sendJson(response, 401, { message: "Invalid API key" }));
    const { result, output } = await captureOutput(() => client().GET("/v1/ai/image-to-prompt"));
    const { error } = result;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error?.status === 401 && error.code === "Invalid API key").toBe(true);
    expectNoKey(error, key);
    expect(output).not.toContain(key);
  });

  it("does not re-send the task creation after a 500", async () => {
    server.handle((_request, response) => sendJson(response, 500, { message: "Internal Server Error" }));
    await expect(client().imageToPrompt("https://example.com/a.jpg")).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
  });
});

describe("imageToPrompt polls the task", () => {
  it("returns the prompt once COMPLETED", async () => {
    taskGoesThrough("IN_PROGRESS", "IN_PROGRESS", "COMPLETED");
    const prompt = await client().imageToPrompt("https://example.com/a.jpg", {
      pollInterval: 10,
      webhookUrl: "https://example.com/hook",
    });
    expect(prompt).toBe("a lighthouse at sunset, watercolor");
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v1/ai/image-to-prompt",
      `GET /v1/ai/image-to-prompt/${taskId}`,
      `GET /v1/ai/image-to-prompt/${taskId}`,
      `GET /v1/ai/image-to-prompt/${taskId}`,
    ]);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      image: "https://example.com/a.jpg",
      webhook_url: "https://example.com/hook",
    });
    expect(server.requests.every((r) => r.headers["x-freepik-api-key"] === key)).toBe(true);
  });

  it("throws TaskFailedError with the task id when FAILED", async () => {
    taskGoesThrough("IN_PROGRESS", "FAILED");
    const error = await client()
      .imageToPrompt("https://example.com/a.jpg", { pollInterval: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ taskId });
  });

  it("throws TaskTimeoutError with the task id when it takes too long", async () => {
    taskGoesThrough("IN_PROGRESS");
    const started = performance.now();
    const error = await client()
      .imageToPrompt("https://example.com/a.jpg", { pollInterval: 20, pollTimeout: 150 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect(error).toMatchObject({ taskId, lastStatus: "IN_PROGRESS" });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(server.requests.length).toBeGreaterThan(2);
  });

  it("backs off while status checks answer 503, then completes", async () => {
    taskGoesThrough(503, 503, 503, "COMPLETED");
    const prompt = await client().imageToPrompt("https://example.com/a.jpg", { pollInterval: 20 });
    expect(prompt).toBe("a lighthouse at sunset, watercolor");
    // From this test's create on: a check the previous test abandoned at its deadline may land first.
    const created = server.requests.findIndex((r) => r.method === "POST");
    const checks = server.requests.slice(created + 1).map((r) => r.at);
    const intervals = checks.slice(1).map((at, i) => at - checks[i]!);
    // 20 → 40 → 80 ms: each wait after a 503 doubles.
    expect(intervals[0]).toBeGreaterThanOrEqual(38);
    expect(intervals[1]).toBeGreaterThanOrEqual(78);
    expect(intervals[2]).toBeGreaterThanOrEqual(155);
  });

  it("stops on a status check error that is not transient", async () => {
    taskGoesThrough(401);
    await expect(client().imageToPrompt("https://example.com/a.jpg", { pollInterval: 10 })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });

  it("returns at once when the task is created already COMPLETED", async () => {
    server.handle((_request, response) => sendJson(response, 200, task("COMPLETED", ["done fast"])));
    expect(await client().imageToPrompt("https://example.com/a.jpg")).toBe("done fast");
    expect(server.requests).toHaveLength(1);
  });

  it("reports a COMPLETED task without a prompt", async () => {
    server.handle((request, response) =>
      sendJson(response, 200, task(request.method === "POST" ? "CREATED" : "COMPLETED", [])),
    );
    await expect(client().imageToPrompt("https://example.com/a.jpg", { pollInterval: 10 })).rejects.toThrow(
      `completed task ${taskId} has no prompt`,
    );
  });

  it("reports a create response without a task instead of crashing", async () => {
    server.handle((_request, response) => sendJson(response, 200, { message: "ok" }));
    await expect(client().imageToPrompt("https://example.com/a.jpg")).rejects.toThrow(
      "200 response has no task (data.task_id, data.status)",
    );
  });

  it("keeps the key out of a status check's error when the body echoes it", async () => {
    server.handle((request, response) =>
      request.method === "POST"
        ? sendJson(response, 200, task("CREATED"))
        : sendJson(response, 200, { data: { note: `key ${key} seen` } }),
    );
    const error = await client()
      .imageToPrompt("https://example.com/a.jpg", { pollInterval: 10 })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain("200 response has no task");
    expectNoKey(error, key);
  });

  it("is cancelled by its AbortSignal while waiting", async () => {
    taskGoesThrough("IN_PROGRESS");
    const error = await client()
      .imageToPrompt("https://example.com/a.jpg", { pollInterval: 1000, signal: AbortSignal.timeout(100) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("survives an HTML error page from a proxy mid-polling", async () => {
    let checks = 0;
    server.handle((request, response) => {
      if (request.method === "POST") return sendJson(response, 200, task("CREATED"));
      if (checks++ === 0) return sendText(response, 502, "<html><body>502 Bad Gateway</body></html>");
      sendJson(response, 200, task("COMPLETED", ["after the proxy hiccup"]));
    });
    expect(await client().imageToPrompt("https://example.com/a.jpg", { pollInterval: 10 })).toBe(
      "after the proxy hiccup",
    );
  });
});
