// The assertions every contract test makes about what crossed the wire and what the client made of it.
import { ApiError } from "@image-sdk/core";
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { expect } from "vitest";
import type { ReceivedExchange } from "./exchange-recorder.ts";
import { expectedError } from "./expected-error.ts";
import type { DocumentedResponse } from "./openapi/documented-operations.ts";
import type { SchemaValidator } from "./openapi/schema-validator.ts";

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
  body: Json,
): void {
  expect(error).toBeInstanceOf(ApiError);
  const { code, params } = expectedError(document, response, body);
  expect(error).toMatchObject({ status: Number(response.status), code, params, body });
}

export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** The client's result agrees with the body the mock sent: that body as data, or its documented typed error. */
export function expectResultOfBody(
  result: { data?: unknown; error?: unknown; response: Response },
  body: Json,
  document: JsonObject,
  response: DocumentedResponse,
): void {
  if (result.response.ok) {
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(body);
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
