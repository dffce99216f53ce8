import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createFreepikClient, type TaskStatus, UnexpectedResponseError } from "../src/index.ts";

const key = "FPSX-list-0ddba11";
const server = useTestServer();

const client = (options = {}) => createFreepikClient({ apiKey: key, baseUrl: server.url, retryDelay: 5, ...options });
const tasks = [
  { task_id: "046b6c7f-0b8a-43b9-b35d-6489e6daee91", status: "COMPLETED" },
  { task_id: "1a2b3c4d-0b8a-43b9-b35d-6489e6daee92", status: "IN_PROGRESS" },
];

describe("listTasks", () => {
  it("GETs the task list with the key and returns its tasks", async () => {
    server.handle((_request, response) => sendJson(response, 200, { data: tasks }));
    const listed = await client().listTasks();
    expect(listed).toEqual(tasks);
    expectTypeOf(listed).toEqualTypeOf<TaskStatus[]>();
    expectTypeOf<TaskStatus["status"]>().toEqualTypeOf<"CREATED" | "IN_PROGRESS" | "COMPLETED" | "FAILED">();
    expect(server.requests.map((r) => [r.method, r.url, r.headers["x-freepik-api-key"]])).toEqual([
      ["GET", "/v1/ai/image-to-prompt", key],
    ]);
  });

  it("retries a 503 (a GET is idempotent) and takes per-call options", async () => {
    let calls = 0;
    server.handle((_request, response) =>
      calls++ === 0
        ? sendJson(response, 503, { message: "Service Unavailable." })
        : sendJson(response, 200, { data: [] }),
    );
    expect(await client().listTasks()).toEqual([]);
    expect(server.requests).toHaveLength(2);

    server.handle((_request, response) => sendJson(response, 503, { message: "Service Unavailable." }));
    await expect(client().listTasks({ maxRetries: 0 })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it("reports a body without the task list as an UnexpectedResponseError", async () => {
    server.handle((_request, response) => sendJson(response, 200, { data: [{ id: 1 }] }));
    const failure = await client()
      .listTasks()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnexpectedResponseError);
    expect(failure).toMatchObject({ provider: "Freepik", message: expect.stringContaining("has no task list") });
  });
});
