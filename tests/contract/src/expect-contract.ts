// The assertions every contract test makes about what crossed the wire and what the client made of it.
import { ApiError } from "@image-sdk/core";
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { expect } from "vitest";
import type { ReceivedExchange } from "./exchange-recorder.ts";
import { expectedError } from "./expected-error.ts";
import type { DocumentedResponse } from "./openapi/documented-operations.ts";
import { isJsonMediaType, type SchemaValidator } from "./openapi/schema-validator.ts";

/** Every response the client received follows the schema of the response it claims to be. */
export function expectConformingResponses(validator: SchemaValidator, exchanges: ReceivedExchange[]): void {
  expect(exchanges.length, "the client sent no request").toBeGreaterThan(0);
  const failures = exchanges.flatMap((exchange) => {
    const result = validator.validateResponse(exchange);
    return result.valid ? [] : [`${exchange.method} ${exchange.url} → ${exchange.status}: ${result.reason}`];
  });
  expect(failures).toEqual([]);
}

/** The client returned the typed error the document gives for this response and body. */
export function expectDocumentedError(
  error: unknown,
  document: JsonObject,
  response: DocumentedResponse,
  body: Json | undefined,
): void {
  expect(error).toBeInstanceOf(ApiError);
  const { code, params } = expectedError(document, response, body);
  // A `4XX` or `default` response is answered with a concrete status the test chose.
  const status = /^\d{3}$/.test(response.status) ? Number(response.status) : expect.any(Number);
  expect(error).toMatchObject({ status, code, params });
  // An error answered without a body may carry it as "" (what the client read) or as nothing.
  if (body === undefined) expect(["", undefined, null]).toContain((error as ApiError).body);
  else expect((error as ApiError).body).toEqual(body);
}

export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** The body as the document types it: parsed JSON, or the text; undefined when there is none. */
export function bodyOf(exchange: ReceivedExchange, response: DocumentedResponse): Json | undefined {
  if (exchange.body === "") return undefined;
  return isJsonMediaType(response.mediaType) ? (JSON.parse(exchange.body) as Json) : exchange.body;
}

const BINARY = /^(?:image\/|audio\/|video\/|application\/(?:octet-stream|pdf|zip))/i;

/** The client's result agrees with the body the mock sent: that body as data, or its documented typed error. */
export async function expectResultOfBody(
  result: { data?: unknown; error?: unknown; response: Response },
  body: Json | undefined,
  document: JsonObject,
  response: DocumentedResponse,
): Promise<void> {
  if (result.response.ok) {
    expect(result.error).toBeUndefined();
    if (body === undefined) expect(result.data ?? undefined).toBeUndefined();
    else if (BINARY.test(response.mediaType)) {
      expect(result.data).toBeInstanceOf(Blob);
      expect(await (result.data as Blob).text()).toBe(body);
    } else if (/^text\/event-stream/i.test(response.mediaType)) {
      // The client reads an event stream as events: each one's data is the block's data lines.
      const received: unknown[] = [];
      for await (const event of result.data as AsyncIterable<{ data: unknown }>) received.push(event.data);
      const sent = String(body)
        .split(/\r?\n\r?\n/)
        .map((block) =>
          block
            .split(/\r?\n/)
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).replace(/^ /, ""))
            .join("\n"),
        )
        .filter((data) => data !== "");
      expect(received).toEqual(
        sent.map((data, index) => (typeof received[index] === "string" ? data : (JSON.parse(data) as Json))),
      );
    } else expect(result.data).toEqual(body);
  } else {
    expect(result.data).toBeUndefined();
    expectDocumentedError(result.error, document, response, body);
  }
}

/** Prism's reasons for rejecting a request, from its `sl-violations` response header. */
export function violationsOf(headers: Headers): Violation[] {
  const header = headers.get("sl-violations");
  return header ? (JSON.parse(header) as Violation[]) : [];
}

/** What the mock answered, for a failure message: its status, its reasons (`sl-violations`) and the body's start. */
export function mockAnswer(exchange: ReceivedExchange): string {
  const violations = violationsOf(exchange.responseHeaders).map((violation) => violation.message);
  const reasons = violations.length ? ` (${violations.join("; ")})` : "";
  return `the mock answered ${exchange.status}${reasons}: ${exchange.body.slice(0, 300)}`;
}
