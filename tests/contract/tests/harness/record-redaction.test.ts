// Property-style, as the client's own redaction is tested (packages/core/tests/redaction-property):
// for many random keys (short ones and common words such as "e", "data", "403", "false" included),
// a key the API echoes anywhere (headers, cookies, the query string, URLs in bodies, JSON values,
// text) is in no recording, nor is a signed URL's signature; and a body that does not contain the
// key is kept exactly as it was.
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { randomApiKey, standsIn, wordJson } from "@image-sdk/test-support/secret-arbitraries";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RECORDING_FORMAT, type Recording } from "../../src/record/recording-file.ts";
import { REDACTED, recordingRedactor } from "../../src/record/redact-recording.ts";

const key = randomApiKey(32);
const signature = fc.stringMatching(/^[a-f0-9]{16,64}$/);

/** A document whose API key travels in a header and in the query, as real ones do. */
const document: JsonObject = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {},
  components: {
    securitySchemes: {
      header: { type: "apiKey", in: "header", name: "X-Vendor-Key" },
      query: { type: "apiKey", in: "query", name: "vendor_token" },
    },
  },
};

const FIXTURE_WORDS =
  "/things vendor_token q page 2 https cdn.example.test out 1.png X-Amz-Credential X-Amz-Signature size";
/**
 * Every string of the recording, values only: property names are the API's, not secrets, and so are
 * the pointers a body lists where it was cut or redacted (property names and indices joined).
 */
function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") found.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, found);
  else if (value && typeof value === "object") {
    for (const [name, item] of Object.entries(value))
      if (name !== "redacted" && name !== "truncated") strings(item, found);
  }
  return found;
}

function echoing(apiKey: string, sig: string, payload: Json): Recording {
  const signed = `https://cdn.example.test/out/1.png?X-Amz-Credential=AKIA${sig}&X-Amz-Signature=${sig}&size=2`;
  return {
    format: RECORDING_FORMAT,
    provider: "p",
    operation: "GET /things",
    recordedAt: "2026-01-01T00:00:00.000Z",
    request: {
      method: "GET",
      path: `/things?vendor_token=${encodeURIComponent(apiKey)}&q=${encodeURIComponent(apiKey)}&page=2`,
      headers: {
        authorization: `Bearer ${apiKey}`,
        "x-vendor-key": apiKey,
        cookie: `session=${sig}`,
        "x-echo": `key ${apiKey}`,
      },
    },
    response: {
      status: 200,
      headers: { "set-cookie": `session=${sig}; HttpOnly`, location: signed, "content-type": "application/json" },
      body: {
        json: {
          payload,
          message: `the key ${apiKey} is not valid`,
          echoed: [apiKey, { key: apiKey }],
          url: signed,
          text: `see ${signed} for ${apiKey}`,
        },
      },
    },
  };
}

describe("recordings are redacted", () => {
  test("no echoed key and no signature survive, whatever the key", () => {
    fc.assert(
      fc.property(key, signature, wordJson, (apiKey, sig, payload) => {
        const redact = recordingRedactor({ secrets: [apiKey], document, rules: [] });
        const recording = redact(echoing(apiKey, sig, payload));
        const values = strings({ request: recording.request, response: recording.response });
        for (const value of values) {
          // A payload value the generator built may hold the key by chance; it is redacted too.
          expect(standsIn(value, apiKey), `${JSON.stringify(value)} shows the key ${JSON.stringify(apiKey)}`).toBe(
            false,
          );
          expect(value).not.toContain(sig);
        }
        expect(recording.request.headers.authorization).toBe(REDACTED);
        expect(recording.request.headers["x-vendor-key"]).toBe(REDACTED);
        expect(recording.response.headers["set-cookie"]).toBe(REDACTED);
        // The exact forms, when the key is not also a word of the fixture's own text ("1", "page").
        if (!standsIn(FIXTURE_WORDS, apiKey)) {
          expect(recording.request.path).toBe(`/things?vendor_token=${REDACTED}&q=${REDACTED}&page=2`);
          expect(recording.response.headers.location).toBe(
            `https://cdn.example.test/out/1.png?X-Amz-Credential=${REDACTED}&X-Amz-Signature=${REDACTED}&size=2`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  test("a body without the key is kept as it was", () => {
    fc.assert(
      fc.property(key, wordJson, (apiKey, payload) => {
        fc.pre(!strings(payload).some((value) => standsIn(value, apiKey)));
        const redact = recordingRedactor({ secrets: [apiKey], document, rules: [] });
        const recording = echoing(apiKey, "0".repeat(16), payload);
        const body = redact(recording).response.body?.json as JsonObject;
        expect(body.payload).toEqual(payload);
      }),
      { numRuns: 300 },
    );
  });

  test("record.yaml's fields and patterns are redacted in every body and header", () => {
    const redact = recordingRedactor({
      secrets: [],
      document,
      rules: [{ field: "email" }, { pattern: /user_[0-9]+/g }],
    });
    const recording = echoing("unused", "ab".repeat(8), {
      owner: { email: "ann@example.test", id: "user_42" },
      note: "created by user_42",
    });
    recording.request.headers["x-user"] = "user_42";
    const redacted = redact(recording);
    expect((redacted.response.body!.json as JsonObject).payload).toEqual({
      owner: { email: REDACTED, id: REDACTED },
      note: `created by ${REDACTED}`,
    });
    expect(redacted.request.headers["x-user"]).toBe(REDACTED);
  });
});
