// Leonardo's generation job as the overlay declares it: POST /generations answers only
// `sdGenerationJob.generationId` (the document's own example), then GET /generations/{id} is polled
// until `generations_by_pk.status` is COMPLETE or FAILED. A loopback server plays the API, since
// the document has no status example for Prism to answer with; every answer it gives is checked
// against the document's schema, so the declaration's pointers are tested against real shapes.
import { createLeonardoClient, JobFailedError } from "@image-sdk/leonardo";
import { isObject, type Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { type LoopbackServer, startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { afterEach, describe, expect, test } from "vitest";
import { validatorFor } from "../../../src/openapi/schema-validator.ts";
import { loadDocument } from "../../../src/providers/contract-providers.ts";

const document = loadDocument("leonardo");
const jsonOf = (path: string, method: string): { schema: unknown; example?: unknown } => {
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
  const response = paths[path]![method]!.responses["200"] as { content: Record<string, { schema: unknown }> };
  return response.content["application/json"]!;
};
const submitted = jsonOf("/generations", "post").example as { sdGenerationJob: { generationId: string } };
const generationId = submitted.sdGenerationJob.generationId;

function generation(status: string) {
  return {
    generations_by_pk: {
      id: generationId,
      status,
      prompt: "a lighthouse at dusk",
      generated_images: [
        {
          id: generationId,
          url: "https://cdn.example/1.png",
          nsfw: false,
          likeCount: 0,
          generated_image_variation_generics: [],
        },
      ],
      generation_elements: [],
    },
  };
}

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The API: the submit example, then `statuses` one per status check (the last one repeats). */
async function leonardoApi(statuses: string[]) {
  const requests: string[] = [];
  const answers: unknown[] = [];
  let checks = 0;
  server = await startLoopbackServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const body = request.method === "POST" ? submitted : generation(statuses[Math.min(checks++, statuses.length - 1)]!);
    answers.push(body);
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  const client = createLeonardoClient({ apiKey: "test-key", baseUrl: server.origin, dangerouslyAllowBrowser: true });
  return { client, requests, answers };
}

function expectDocumentedAnswers(answers: unknown[]): void {
  const validator = validatorFor(document);
  for (const answer of answers) {
    const isStatus = isObject(answer) && "generations_by_pk" in answer;
    const { schema } = isStatus ? jsonOf("/generations/{id}", "get") : jsonOf("/generations", "post");
    expect(validator.validate(schema as Json, answer)).toEqual({ valid: true });
  }
}

describe("leonardo generation() (submit, then poll GET /generations/{id})", () => {
  test("polls the submitted id until COMPLETE and returns generations_by_pk", async () => {
    const { client, requests, answers } = await leonardoApi(["PENDING", "COMPLETE"]);
    const { data, jobId } = await client
      .generation({ body: { prompt: "a lighthouse at dusk" }, pollInterval: 1 })
      .withResponse();
    expect(jobId).toBe(generationId);
    expect(data?.status).toBe("COMPLETE");
    expect(data?.generated_images?.[0]?.url).toBe("https://cdn.example/1.png");
    expect(requests).toEqual([
      "POST /generations",
      `GET /generations/${generationId}`,
      `GET /generations/${generationId}`,
    ]);
    expectDocumentedAnswers(answers);
  });

  test("a FAILED generation throws JobFailedError with its id, and is never re-submitted", async () => {
    const { client, requests } = await leonardoApi(["FAILED"]);
    const call = client.generation({ body: { prompt: "a lighthouse at dusk" }, pollInterval: 1 });
    await expect(call).rejects.toThrow(JobFailedError);
    await expect(call).rejects.toMatchObject({ jobId: generationId, status: "FAILED" });
    expect(requests.filter((request) => request.startsWith("POST"))).toHaveLength(1);
  });
});
