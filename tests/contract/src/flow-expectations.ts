// What the hand-written tests of the provider-flow helpers share: a client of the provider's mock
// that records its exchanges, picking the mock's answer for a helper (which takes no headers, so a
// client-wide Prefer), one test per documented error of an operation, and the checks that the
// helper's requests were accepted and its errors typed.
import { ApiError } from "@image-sdk/core";
import type { Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { expect, inject, test } from "vitest";
import { TEST_CREDENTIALS } from "./contract-calls.ts";
import { type ExchangeRecorder, recordExchanges } from "./exchange-recorder.ts";
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

/** What a flow test's client is created with: the mock, no retries, the recording fetch. */
export interface FlowClientOptions {
  apiKey: string;
  maxRetries: number;
  baseUrl: string;
  fetch: typeof fetch;
  /** Client-wide, since the helpers take no headers: how a test picks the mock's answer. */
  headers: Record<string, string>;
}

export interface FlowUnderTest<Client> {
  /** A client of the provider's mock, recording through `recorder`, sending `headers` with every request. */
  client(recorder: ExchangeRecorder, headers: Record<string, string>): Client;
  /** The operation `key` ("POST /path") of the provider's document. */
  operation(key: string): DocumentedOperation;
  /** Registers one test per documented error (status × example) of `operation`, thrown by `call` as typed. */
  throwsEveryDocumentedError(
    helper: string,
    operation: DocumentedOperation,
    call: (client: Client) => Promise<unknown>,
  ): void;
}

/** The flow helpers of `provider`, whose package creates its client with `createClient`. */
export function flowUnderTest<Client>(
  provider: string,
  createClient: (options: FlowClientOptions) => Client,
): FlowUnderTest<Client> {
  const baseUrl = mockOf(provider);
  const client = (recorder: ExchangeRecorder, headers: Record<string, string>) =>
    createClient({ apiKey: TEST_CREDENTIALS.apiKey, maxRetries: 0, baseUrl, fetch: recorder.fetch, headers });
  return {
    client,
    operation: (key) => documentedOperation(provider, key),
    throwsEveryDocumentedError(helper, operation, call) {
      test.each(errorCases(operation).map((errorCase) => [caseName(errorCase), errorCase] as const))(
        `${helper} throws the typed error for %s`,
        async (_name, { response, example }) => {
          const recorder = recordExchanges();
          await expectThrowsDocumentedError(
            provider,
            recorder,
            call(client(recorder, preferring(response, example))),
            response,
          );
        },
      );
    },
  };
}
