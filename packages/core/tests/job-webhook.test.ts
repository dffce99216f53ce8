// A job's webhook options: where the job declares its submit body's webhook fields, `webhookUrl`
// and `webhookSecret` set them in the body sent (a loopback server records it); anything else is
// refused before a request is sent.
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  type ApiPromise,
  type ClientOptions,
  InvalidInputError,
  type JobExtra,
  type JobOptions,
  type JobWebhookSecretOptions,
} from "../src/index.ts";
import { createApiClient, type JobConfig, type JobMethods, type ProviderConfig, withJobs } from "../src/internal.ts";

const server = useTestServer();

const provider: ProviderConfig = {
  name: "Hooks",
  env: { apiKey: "HOOKS_API_KEY", username: "HOOKS_USERNAME", password: "HOOKS_PASSWORD", baseUrl: "HOOKS_BASE_URL" },
  servers: [{ url: "http://127.0.0.1:9" }],
  securitySchemes: { key: { type: "apiKey", in: "header", name: "x-key" } },
  operations: {
    "POST /renders": { security: [["key"]], request: ["json", "application/json"], responses: { 200: "json" } },
    "GET /renders/{id}": { security: [["key"]], responses: { 200: "json" } },
  },
};

const render: JobConfig = {
  submit: "POST /renders",
  status: "GET /renders/{id}",
  idParameter: ["path", "id"],
  id: ["id"],
  statusField: ["status"],
  done: ["succeeded"],
  failed: ["failed"],
};
// The URL at the top of the body, the secret nested (as a document may put it).
const hooked: JobConfig = { ...render, webhook: { url: ["webhook_url"], secret: ["webhook", "secret"] } };
const urlOnly: JobConfig = { ...render, webhook: { url: ["callback"] } };

const SECRET = "whsec_5Rt9Lm2Qx8";

type JobCall = (init: { body?: unknown } & JobOptions & JobWebhookSecretOptions) => ApiPromise<unknown, JobExtra>;
const client = (options: ClientOptions = {}) =>
  withJobs<JobMethods & { render: JobCall; hooked: JobCall; urlOnly: JobCall }>(
    createApiClient(provider, { apiKey: "k-hooks-1", baseUrl: server.url, ...options }),
    { render, hooked, urlOnly },
  );

function answersDone() {
  server.handle((request, response) =>
    sendJson(response, 200, request.method === "POST" ? { id: "h-1", status: "succeeded" } : {}),
  );
}

describe("a job's webhook options", () => {
  it("set the declared fields of the submitted body, leaving the caller's body as it was", async () => {
    answersDone();
    const body = { prompt: "a fox", webhook: { events: ["done"] } };
    const data = await client().hooked({
      body,
      webhookUrl: "https://hooks.example/done?k=1",
      webhookSecret: "s3cret",
      pollInterval: 5,
    });
    expect(data).toEqual({ id: "h-1", status: "succeeded" });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      prompt: "a fox",
      webhook_url: "https://hooks.example/done?k=1",
      webhook: { events: ["done"], secret: "s3cret" },
    });
    expect(body).toEqual({ prompt: "a fox", webhook: { events: ["done"] } });
  });

  it("make a body where the call has none, and leave a body alone without them", async () => {
    answersDone();
    await client().urlOnly({ webhookUrl: "http://127.0.0.1:1/hook", pollInterval: 5 });
    await client().urlOnly({ body: { prompt: "x" }, pollInterval: 5 });
    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual([
      { callback: "http://127.0.0.1:1/hook" },
      { prompt: "x" },
    ]);
  });

  it("keep the secret out of every log line and error, as a credential is, while the body sends it", async () => {
    // The API echoes whatever it was sent: the submit answer, then a failed status check.
    server.handle((request, response) =>
      request.method === "POST"
        ? sendJson(response, 200, { id: "h-2", status: "queued", echo: JSON.parse(request.body) })
        : sendJson(response, 422, { error: "bad status check", echo: { secret: SECRET } }),
    );
    const lines: unknown[] = [];
    const record = (...args: unknown[]) => void lines.push(args);
    const logger = { debug: record, info: record, warn: record, error: record };
    const error = await client({ logger, logLevel: "debug", maxRetries: 0 })
      .hooked({
        body: { prompt: "a fox" },
        webhookUrl: "https://hooks.example/done",
        webhookSecret: SECRET,
        pollInterval: 5,
      })
      .catch((e: unknown) => e);
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({ webhook: { secret: SECRET } });
    expect(error).toBeInstanceOf(ApiError);
    expect(lines.length).toBeGreaterThan(2);
    const shown = [
      JSON.stringify(lines),
      String(error),
      (error as Error).stack,
      JSON.stringify(error),
      JSON.stringify((error as ApiError).body),
    ];
    for (const view of shown) expect(view).not.toContain(SECRET);
    expect(JSON.stringify(lines)).toContain("[redacted]");
  });

  it("are refused, naming the job and sending nothing, where they cannot go", async () => {
    answersDone();
    const refusals: Array<[Promise<unknown>, string]> = [
      [
        client().render({ body: {}, webhookUrl: "https://hooks.example/x" }),
        "Hooks: render: takes no webhookUrl or webhookSecret: its document declares no webhook field.",
      ],
      [
        client().urlOnly({ body: {}, webhookSecret: "s" }),
        "Hooks: urlOnly: takes no webhookSecret: its document declares no webhook secret field.",
      ],
      [
        client().hooked({ body: {}, webhookUrl: "/relative/hook" }),
        'Hooks: hooked: webhookUrl must be an absolute http(s) URL; got "/relative/hook".',
      ],
      [
        client().hooked({ body: ["not", "an", "object"], webhookUrl: "https://hooks.example/x" }),
        "Hooks: hooked: a webhook option needs the body to be a JSON object",
      ],
    ];
    for (const [call, message] of refusals) {
      const error = await call.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toContain(message);
    }
    expect(server.requests).toEqual([]);
  });
});
