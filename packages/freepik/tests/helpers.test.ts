// Each Freepik helper against the behaviour every helper shares (per-call options, withResponse),
// and what imageToPrompt's withResponse() adds: the task id.
import { helperContract } from "@image-sdk/test-support/helper-contract";
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type ApiPromise, createFreepikClient, type FreepikClient, type TaskStatus } from "../src/index.ts";

const server = useTestServer();

const packageJson = new URL("../package.json", import.meta.url);
const client = () => createFreepikClient({ apiKey: "FPSX-helpers-0b57ac1e", baseUrl: server.url, retryDelay: 5 });
const taskId = "7d444840-9dc0-11d1-b245-5ffdce74fad2";
const task = (status: string, generated: string[] = []) => ({ data: { task_id: taskId, status, generated } });

describe("imageToPrompt", () => {
  helperContract({
    server: () => server,
    packageJson,
    call: (options) => client().imageToPrompt("https://example.com/a.jpg", options),
    // Created already finished: one request.
    succeed: (_request, response) => sendJson(response, 200, task("COMPLETED", ["a lighthouse"])),
  });

  it("withResponse() also gives the task id, and the response of the check that saw it finish", async () => {
    let checks = 0;
    server.handle((request, response) => {
      if (request.method === "POST") return sendJson(response, 200, task("CREATED"), { "x-request-id": "create" });
      checks++;
      const done = checks === 2;
      sendJson(response, 200, task(done ? "COMPLETED" : "IN_PROGRESS", done ? ["a lighthouse"] : []), {
        "x-request-id": `check-${checks}`,
      });
    });
    const statuses: TaskStatus[] = [];
    const full = await client()
      .imageToPrompt("https://example.com/a.jpg", { pollInterval: 5, onStatus: (seen) => statuses.push(seen) })
      .withResponse();
    expect(full).toMatchObject({ data: "a lighthouse", taskId, requestId: "check-2" });
    expect(full.response.url).toBe(`${server.url}/v1/ai/image-to-prompt/${taskId}`);
    expect(statuses.map((seen) => seen.status)).toEqual(["CREATED", "IN_PROGRESS", "COMPLETED"]);
    expect(statuses.every((seen) => seen.task_id === taskId)).toBe(true);
    expectTypeOf(full.taskId).toEqualTypeOf<string>();
  });

  it("sends the call's headers with each status check too, and bounds each check by the call's timeout", async () => {
    server.handle((request, response) => {
      if (request.method === "POST") return sendJson(response, 200, task("CREATED"));
      // A check that never answers: only the call's timeout (not the client's 60 s) can end it.
      if (server.requests.length === 2) return new Promise(() => {});
      sendJson(response, 200, task("COMPLETED", ["after a stalled check"]));
    });
    const prompt = await client().imageToPrompt("https://example.com/a.jpg", {
      pollInterval: 5,
      timeout: 200,
      headers: { "x-team": "imaging" },
    });
    expect(prompt).toBe("after a stalled check");
    expect(server.requests.map((request) => request.headers["x-team"])).toEqual(["imaging", "imaging", "imaging"]);
  });

  it("is typed as an ApiPromise of the prompt, with the task id", () => {
    expectTypeOf<ReturnType<FreepikClient["imageToPrompt"]>>().toEqualTypeOf<ApiPromise<string, { taskId: string }>>();
  });
});

describe("listTasks", () => {
  helperContract({
    server: () => server,
    packageJson,
    call: (options) => client().listTasks(options),
    succeed: (_request, response) => sendJson(response, 200, { data: [{ task_id: taskId, status: "COMPLETED" }] }),
  });

  it("is typed as an ApiPromise of the task statuses", () => {
    expectTypeOf<ReturnType<FreepikClient["listTasks"]>>().toEqualTypeOf<ApiPromise<TaskStatus[]>>();
  });
});
