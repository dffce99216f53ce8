// What the hand-written tests of the provider-flow helpers share: picking the mock's answer for a
// helper (which takes no headers, so a client-wide Prefer), the documented error cases of an
// operation, and the checks that the helper's requests were accepted and its errors typed.
import { ApiError } from "@image-sdk/core";
import type { Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { expect, inject } from "vitest";
import type { ExchangeRecorder } from "./exchange-recorder.ts";
import { expectConformingResponses, expectDocumentedError, violationsOf } from "./expect-contract.ts";
import {
  type DocumentedOperation,
  type DocumentedResponse,
  documentedOperations,
  type NamedExample,
} from "./openapi/documented-operations.ts";
import { validatorFor } from "./openapi/schema-validator.ts";
import { loadDocument } from "./providers/contract-providers.ts";

/** The mock of the provider project under test; `provider` guards against a file in the wrong project. */
export function mockOf(provider: string): string {
  const { provider: underTest, mockUrl } = inject("contract");
  if (underTest !== provider) throw new Error(`a ${provider} test ran in the ${underTest} project`);
  return mockUrl;
}

export function documentedOperation(provider: string, key: string): DocumentedOperation {
  const operation = documentedOperations(loadDocument(provider)).find((candidate) => candidate.key === key);
  if (!operation) throw new Error(`${provider} documents no operation ${key}`);
  return operation;
}

export function preferring(response: DocumentedResponse, example: NamedExample | undefined) {
  return { Prefer: example ? `code=${response.status}, example=${example.name}` : `code=${response.status}` };
}

export interface ErrorCase {
  response: DocumentedResponse;
  example: NamedExample | undefined;
}

/** Every documented error (status × example) of an operation. */
export function errorCases(documented: DocumentedOperation): ErrorCase[] {
  return documented.responses
    .filter((response) => Number(response.status) >= 400 && response.mediaType === "application/json")
    .flatMap((response) =>
      (response.examples.length ? response.examples : [undefined]).map((example) => ({ response, example })),
    );
}

export function caseName({ response, example }: ErrorCase): string {
  return `${response.status} ${example ? `"${example.name}"` : "(generated from schema)"}`;
}

/** No request was refused by the mock, and every answer follows the document. */
export function expectAcceptedRequests(provider: string, recorder: ExchangeRecorder): void {
  for (const exchange of recorder.exchanges) expect(violationsOf(exchange.responseHeaders)).toEqual([]);
  expectConformingResponses(validatorFor(loadDocument(provider)), recorder.exchanges);
}

export async function expectThrowsDocumentedError(
  provider: string,
  recorder: ExchangeRecorder,
  call: Promise<unknown>,
  response: DocumentedResponse,
): Promise<void> {
  const error = await call.then(
    () => expect.unreachable("the helper resolved"),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  const body = JSON.parse(recorder.exchanges.at(-1)!.body) as Json;
  expectDocumentedError(error, loadDocument(provider), response, body);
  expectAcceptedRequests(provider, recorder);
}
