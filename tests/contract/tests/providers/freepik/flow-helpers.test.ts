// Freepik's imageToPrompt (create the task, then poll it) against its mock: completed, failed and
// in-progress tasks, and every documented error as a thrown typed error.
import { createFreepikClient, TaskFailedError, TaskTimeoutError } from "@image-sdk/freepik";
import { isObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, expect, test } from "vitest";
import { recordExchanges } from "../../../src/exchange-recorder.ts";
import { expectAcceptedRequests, flowUnderTest, preferring } from "../../../src/flow-expectations.ts";

const flow = flowUnderTest("freepik", createFreepikClient);

describe("freepik imageToPrompt (create, then poll)", () => {
  const create = flow.operation("POST /v1/ai/image-to-prompt");
  const [success] = create.responses.filter((response) => response.status === "200");
  const exampleWithStatus = (status: string) =>
    success!.examples.find(
      (example) => isObject(example.value) && isObject(example.value.data) && example.value.data.status === status,
    )!;
  const image = (create.requestExamples[0]!.value as { image: string }).image;

  test("returns the prompt of a completed task", async () => {
    const completed = exampleWithStatus("COMPLETED");
    const recorder = recordExchanges();
    const prompt = await flow
      .client(recorder, preferring(success!, completed))
      .imageToPrompt(image, { pollInterval: 1 });
    expect(prompt).toBe((completed.value as { data: { generated: string[] } }).data.generated[0]);
    expectAcceptedRequests("freepik", recorder);
  });

  test("throws TaskFailedError with the task id of a failed task", async () => {
    const failed = exampleWithStatus("FAILED");
    const recorder = recordExchanges();
    const call = flow.client(recorder, preferring(success!, failed)).imageToPrompt(image, { pollInterval: 1 });
    await expect(call).rejects.toThrow(TaskFailedError);
    await expect(call).rejects.toMatchObject({ taskId: (failed.value as { data: { task_id: string } }).data.task_id });
    expectAcceptedRequests("freepik", recorder);
  });

  test("polls a task that stays in progress until its timeout, checking the task's status route", async () => {
    const inProgress = exampleWithStatus("IN_PROGRESS");
    const recorder = recordExchanges();
    const call = flow.client(recorder, preferring(success!, inProgress)).imageToPrompt(image, {
      pollInterval: 20,
      pollTimeout: 1_000,
    });
    await expect(call).rejects.toThrow(TaskTimeoutError);
    await expect(call).rejects.toMatchObject({ lastStatus: "IN_PROGRESS" });
    const taskId = (inProgress.value as { data: { task_id: string } }).data.task_id;
    expect(
      recorder.exchanges.some(
        (exchange) => exchange.method === "GET" && exchange.url.endsWith(`/v1/ai/image-to-prompt/${taskId}`),
      ),
    ).toBe(true);
    expectAcceptedRequests("freepik", recorder);
  });

  flow.throwsEveryDocumentedError("imageToPrompt", create, (client) =>
    client.imageToPrompt(image, { pollInterval: 1 }),
  );
});
