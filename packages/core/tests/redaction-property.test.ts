// Property-style: for many random keys (short ones such as "e", "k", "data", "API", "403",
// "false" included) and random JSON bodies, redaction never corrupts a body, a code or a parse,
// and a key the server echoes never reaches an error. The network is not what is tested, so the
// answers come from an injected fetch.
import { inspect } from "node:util";
import { randomApiKey, standsIn, wordJson, wordText } from "@image-sdk/test-support/secret-arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApiError } from "../src/index.ts";
import { createTestClient } from "./test-api.ts";

const key = randomApiKey(24);
const body = fc.record({ error: wordText, message: wordText, data: wordJson, success: fc.boolean() });

const containsWord = (value: unknown, secret: string): boolean => standsIn(JSON.stringify(value) ?? "", secret);

const answering = (status: number, payload: unknown) => async () =>
  new Response(JSON.stringify(payload), { status, headers: { "content-type": "application/json" } });

describe("redaction on parsed values", () => {
  // Hundreds of whole calls each: seconds on a loaded machine, so more than vitest's 5 s default.
  it("leaves an error body, its code and a success body intact when the key only occurs inside words", {
    timeout: 60_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(key, body, fc.constantFrom(400, 403, 404, 500), async (apiKey, payload, status) => {
        fc.pre(!containsWord(payload, apiKey));
        const client = (s: number) =>
          createTestClient("http://api.test", { apiKey, maxRetries: 0, fetch: answering(s, payload) });
        const { error } = await client(status).GET("/items/{id}", { params: { path: { id: "7" } } });
        expect(error).toBeInstanceOf(ApiError);
        expect(error!.body).toEqual(payload);
        expect(error!.code).toBe(payload.error);
        const { data, error: none } = await client(200).GET("/items/{id}", { params: { path: { id: "7" } } });
        expect(none).toBeUndefined();
        expect(data).toEqual(payload);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps an echoed key out of every view of the error", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9]{8,32}$/), body, async (apiKey, payload) => {
        const echoed = { ...payload, message: `the key ${apiKey} is not valid`, data: [apiKey, { key: apiKey }] };
        const fetch = async () =>
          new Response(JSON.stringify(echoed), {
            status: 401,
            headers: { "content-type": "application/json", "x-echo": `Bearer ${apiKey}` },
          });
        const { error } = await createTestClient("http://api.test", { apiKey, fetch }).GET("/items/{id}", {
          params: { path: { id: "7" } },
        });
        const views = [
          error!.message,
          String(error!.stack),
          JSON.stringify(error),
          JSON.stringify(error!.body),
          inspect(error, { depth: 10, showHidden: true }),
          [...error!.headers.values()].join(" "),
        ];
        // Stack frames name the test's own code (fast-check's `AsyncProperty.run` holds "Property"),
        // never what the server sent: they are left out of the views.
        const withoutFrames = (view: string) => view.replace(/^\s+at .*$/gm, "");
        for (const view of views) expect(withoutFrames(view)).not.toContain(apiKey);
        expect(error!.code).toBe(payload.error); // the rest of the body is as sent
      }),
      { numRuns: 200 },
    );
  });
});
