// The contract mock (Prism behind the harness's loopback front) on the quirk documents of
// scripts/tests/fixtures/quirk-documents/: real Prism processes, real loopback HTTP.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createApiClient, streamResult } from "@image-sdk/core/internal";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ContractMock, ContractMockStartError, startContractMock } from "../../src/mock/contract-mock.ts";
import { streamedEvents } from "../../src/mock/generated-answer.ts";
import { SchemaValidator } from "../../src/openapi/schema-validator.ts";

const fixtures = join(repoRoot, "scripts/tests/fixtures/quirk-documents");
const names = [
  "declared-prefer-header",
  "self-contradicting-mock-data",
  "binary-and-sse",
  "multipart-problem-csv",
  "no-examples",
] as const;
type Name = (typeof names)[number];

const documents = Object.fromEntries(
  names.map((name) => [name, JSON.parse(readFileSync(join(fixtures, `${name}.openapi.json`), "utf8")) as JsonObject]),
) as Record<Name, JsonObject>;
const mocks = {} as Record<Name, ContractMock>;

beforeAll(async () => {
  const started = await Promise.allSettled(
    names.map(async (name) => {
      mocks[name] = await startContractMock({
        documentPath: join(fixtures, `${name}.openapi.json`),
        document: documents[name],
        startTimeoutMs: 120_000,
        // Split the no-examples document (2 operations) in two: a Prism per group of operations.
        groupMaxOperations: name === "no-examples" ? 1 : undefined,
      });
    }),
  );
  const failed = started.find((result) => result.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
}, 240_000);
afterAll(() => Promise.all(Object.values(mocks).map((mock) => mock.stop())));

const key = { "X-Api-Key": "test-key" };

function validates(name: Name, method: string, url: string, response: Response, body: string) {
  return new SchemaValidator(documents[name]).validateResponse({
    method,
    url,
    status: response.status,
    contentType: response.headers.get("content-type"),
    body,
  });
}

describe("contract mock", () => {
  test("a document's own Prefer header passes through; the query selects the answer", async () => {
    const url = `${mocks["declared-prefer-header"].url}/predictions`;
    const send = (prefer: string, query: string) =>
      fetch(`${url}?${query}`, {
        method: "POST",
        headers: { ...key, Prefer: prefer, "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ input: { prompt: "hi" } }),
      });
    const starting = await send("wait=5", "__code=202&__example=starting");
    expect(starting.status).toBe(202);
    expect(await starting.json()).toEqual({ id: "p1", status: "starting" });
    const finished = await send("wait", "__code=201&__example=succeeded");
    expect(finished.status).toBe(201);
    expect(await finished.json()).toEqual({ id: "p1", status: "succeeded" });
    // The declared header is still validated by Prism: a value its pattern refuses is rejected.
    const refused = await send("respond-async", "__code=201&__example=succeeded");
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("header parameter prefer must match pattern");
    // An answer without content (a null-body status) crosses the front too.
    const deleted = await fetch(`${mocks["declared-prefer-header"].url}/predictions/p1?__code=204`, {
      method: "DELETE",
      headers: key,
    });
    expect(deleted.status).toBe(204);
  });

  test("generated answers follow the document's own pattern, format and oneOf (Prism never 500s)", async () => {
    const id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    const url = `${mocks["self-contradicting-mock-data"].url}/generations/${id}`;
    for (const query of ["__code=200", "__code=200&__dynamic=true"]) {
      const response = await fetch(`${url}?${query}`, { headers: { ...key, accept: "application/json" } });
      const body = await response.text();
      expect(response.status, body).toBe(200);
      expect(validates("self-contradicting-mock-data", "GET", url, response, body)).toEqual({ valid: true });
      expect(JSON.parse(body).id).toMatch(/^[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89aAbB][a-f0-9]{3}-[a-f0-9]{12}$/);
    }
    // The request is still Prism's to judge: an id its pattern refuses is a request violation.
    const refused = await fetch(`${mocks["self-contradicting-mock-data"].url}/generations/nope?__code=200`, {
      headers: key,
    });
    expect(refused.status).toBe(422);
  });

  test("binary and SSE answers are served, shaped by their schema", async () => {
    const { url } = mocks["binary-and-sse"];
    const image = await fetch(`${url}/images/a/content?__code=200`, { headers: { ...key, accept: "image/png" } });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(0);
    const archive = await fetch(`${url}/archives/a?__code=200&__dynamic=true`, {
      headers: { ...key, accept: "application/octet-stream" },
    });
    expect(archive.status).toBe(200);
    expect(archive.headers.get("content-type")).toBe("application/octet-stream");
    const events = await fetch(`${url}/generations/a/events?__code=200`, {
      headers: { ...key, accept: "text/event-stream" },
    });
    expect(events.status).toBe(200);
    expect(events.headers.get("content-type")).toBe("text/event-stream");
    // Written over time: more chunks than events (each is cut in two), read as they come.
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    const reader = events.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      chunks.push(decoder.decode(chunk.value, { stream: true }));
    expect(chunks.length).toBeGreaterThan(streamedEvents);
    const blocks = chunks.join("").split("\n\n").slice(0, -1);
    expect(blocks).toHaveLength(streamedEvents);
    const schema = (documents["binary-and-sse"].components as JsonObject).schemas as JsonObject;
    blocks.forEach((block, index) => {
      expect(block).toMatch(new RegExp(`^id: ${index + 1}\ndata: .*$`));
      const progress = JSON.parse(block.slice(block.indexOf("data: ") + "data: ".length));
      expect(new SchemaValidator(documents["binary-and-sse"]).validate(schema.Progress!, progress)).toEqual({
        valid: true,
      });
    });
  });

  test("a client's stream parser reads the events written over time, across chunks", async () => {
    const client = createApiClient<Record<string, never>>({
      name: "Quirks",
      env: { apiKey: "Q_API_KEY", username: "Q_USERNAME", password: "Q_PASSWORD", baseUrl: "Q_BASE_URL" },
      servers: [{ url: mocks["binary-and-sse"].url }],
      securitySchemes: {},
      operations: { "GET /generations/{id}/events": { responses: { 200: "json-events" } } },
      eventStream: streamResult,
    }) as unknown as {
      GET(path: string, init: object): Promise<{ data: AsyncIterable<{ id?: string; data: unknown }> }>;
    };
    const { data } = await client.GET("/generations/{id}/events", {
      params: { path: { id: "a" }, query: { __code: 200 } },
      headers: { ...key, accept: "text/event-stream" },
    });
    const received: Array<{ id?: string; data: unknown }> = [];
    for await (const event of data) received.push(event);
    expect(received.map((event) => event.id)).toEqual(
      Array.from({ length: streamedEvents }, (_, index) => String(index + 1)),
    );
    for (const event of received) expect(event.data).toEqual(received[0]!.data);
    expect(typeof received[0]!.data).toBe("object");
  });

  test("multipart with a JSON part is accepted; problem+json and CSV answers validate", async () => {
    const { url } = mocks["multipart-problem-csv"];
    const form = new FormData();
    form.append("image", new Blob(["png"], { type: "image/png" }), "cat.png");
    form.append("options", new Blob([JSON.stringify({ strength: 0.5 })], { type: "application/json" }));
    form.append("metadata", JSON.stringify({ label: "cat" }));
    const edited = await fetch(`${url}/edits?__code=200`, { method: "POST", headers: key, body: form });
    expect(edited.headers.get("sl-violations")).toBeNull();
    expect(edited.status).toBe(200);
    // A JSON part that breaks its schema is still refused.
    const broken = new FormData();
    broken.append("image", new Blob(["png"], { type: "image/png" }), "cat.png");
    broken.append("options", new Blob([JSON.stringify({ strength: 2 })], { type: "application/json" }));
    const refused = await fetch(`${url}/edits?__code=200`, { method: "POST", headers: key, body: broken });
    expect(refused.status).toBe(422);

    const problem = await fetch(`${url}/edits?__code=422&__example=invalid`, {
      method: "POST",
      headers: { ...key, accept: "application/problem+json" },
      body: form,
    });
    const problemBody = await problem.text();
    expect(problem.status).toBe(422);
    expect(validates("multipart-problem-csv", "POST", `${url}/edits`, problem, problemBody)).toEqual({ valid: true });
    // A problem body that breaks its schema is caught: problem+json is JSON to the validator.
    expect(
      validates("multipart-problem-csv", "POST", `${url}/edits`, problem, JSON.stringify({ title: 1 })),
    ).toMatchObject({ valid: false });

    const csv = await fetch(`${url}/usage.csv?__code=200&__example=usage`, { headers: { ...key, accept: "text/csv" } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(await csv.text()).toBe("day,images\n2024-01-01,3\n");
    const fallback = await fetch(`${url}/usage.csv?__code=500`, {
      headers: { ...key, accept: "application/problem+json" },
    });
    const fallbackBody = await fallback.text();
    expect(fallback.status).toBe(500);
    expect(validates("multipart-problem-csv", "GET", `${url}/usage.csv`, fallback, fallbackBody)).toEqual({
      valid: true,
    });
  });

  test("a large document is served by one Prism per group of operations", async () => {
    const mock = mocks["no-examples"];
    expect(mock.groups.map((group) => group.operations)).toEqual([1, 1]);
    expect(new Set(mock.groups.map((group) => group.url)).size).toBe(2);
    const created = await fetch(`${mock.url}/images?__code=200`, {
      method: "POST",
      headers: { ...key, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ prompt: "a cat" }),
    });
    expect(created.status).toBe(200);
    const listed = await fetch(`${mock.url}/images?limit=2&__code=200&__dynamic=true`, {
      headers: { ...key, accept: "application/json" },
    });
    expect(listed.status).toBe(200);
    expect(Array.isArray(await listed.json())).toBe(true);
    // A request the schema refuses still reaches the right group's Prism, which refuses it.
    const refused = await fetch(`${mock.url}/images?__code=200`, {
      method: "POST",
      headers: { ...key, "content-type": "application/json" },
      body: JSON.stringify({ prompt: "" }),
    });
    expect(refused.headers.get("sl-violations")).toContain("prompt");
  });

  test("a group whose Prism cannot start in time is a typed error naming the document and the group", async () => {
    const error = await startContractMock({
      documentPath: "quirk-documents/no-examples.openapi.json",
      document: documents["no-examples"],
      // No Prism says it is listening within 1 ms: what a document too large for its budget does.
      startTimeoutMs: 1,
      groupMaxOperations: 1,
    }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ContractMockStartError);
    expect(error).toMatchObject({ document: "quirk-documents/no-examples.openapi.json" });
    expect((error as ContractMockStartError).group).toMatch(/^images#[12]$/);
    expect((error as Error).message).toMatch(/could not start its group "images#[12]": .*did not start/);
  });
});
