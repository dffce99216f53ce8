// Requests that break the contract, sent through a provider's generated call with a header removed
// or a body replaced: the mock (`--errors`) rejects each for the documented reason, and the client
// reports it as the typed error, whose headers carry Prism's `sl-violations` reasons.
import type { Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { expect, test } from "vitest";
import type { CallInput, ContractCalls, RawResult } from "./contract-calls.ts";
import { type ExchangeRecorder, recordExchanges } from "./exchange-recorder.ts";
import { expectConformingResponses, expectDocumentedError, type Violation, violationsOf } from "./expect-contract.ts";
import { documentedOperation, mockOf } from "./flow-expectations.ts";
import { nodeHttpFetch } from "./node-http-fetch.ts";
import { validatorFor } from "./openapi/schema-validator.ts";
import { loadDocument } from "./providers/contract-providers.ts";
import { withoutHeaders } from "./without-headers.ts";

export interface RejectedCase {
  operation: string;
  name: string;
  input: Partial<CallInput>;
  /** Headers the client sends that the request must arrive without (see without-headers.ts). */
  withoutHeaders?: string[];
  violations: Array<Partial<Violation>>;
}

/**
 * Prism's answer to a request that breaks the contract: 401 without credentials; otherwise the
 * operation's 422 when it documents one, else 400.
 */
function rejectionStatus(provider: string, key: string, violations: Array<Partial<Violation>>): number {
  if (violations.some((violation) => violation.code === 401)) return 401;
  return documentedOperation(provider, key).responses.some((response) => response.status === "422") ? 422 : 400;
}

export async function expectRejected(
  provider: string,
  recorder: ExchangeRecorder,
  result: RawResult,
  violations: Array<Partial<Violation>>,
  key: string,
): Promise<void> {
  const document = loadDocument(provider);
  const validator = validatorFor(document);
  expect(recorder.exchanges).toHaveLength(1);
  const [exchange] = recorder.exchanges;
  expect(exchange!.status).toBe(rejectionStatus(provider, key, violations));
  expectConformingResponses(validator, recorder.exchanges);

  const response = validator.documentedResponse(exchange!);
  if (typeof response === "string") throw new Error(response);
  expectDocumentedError(result.error, document, response, JSON.parse(exchange!.body) as Json);
  const reported = violationsOf((result.error as { headers: Headers }).headers);
  expect(reported).toEqual(expect.arrayContaining(violations.map((violation) => expect.objectContaining(violation))));
}

/** Sends `rejected` through the provider's generated call and checks the rejection. */
export async function expectCaseRejected<Client>(calls: ContractCalls<Client>, rejected: RejectedCase): Promise<void> {
  // node:http sends headers as given: undici would add back an `accept-language` of its own.
  const recorder = recordExchanges(
    rejected.withoutHeaders ? withoutHeaders(rejected.withoutHeaders, nodeHttpFetch) : fetch,
  );
  const client = calls.createClient({ baseUrl: mockOf(calls.provider), fetch: recorder.fetch });
  const call = calls.operations[rejected.operation];
  if (!call) throw new Error(`${calls.provider} has no generated call for ${rejected.operation}`);
  const result = await call.call(client, { headers: {}, ...rejected.input });
  await expectRejected(calls.provider, recorder, result, rejected.violations, rejected.operation);
}

/** Registers one test per case, named after its operation and what breaks the contract. */
export function rejectsEveryCase<Client>(calls: ContractCalls<Client>, cases: RejectedCase[]): void {
  test.each(cases.map((rejected) => [`${rejected.operation} ${rejected.name}`, rejected] as const))(
    "%s",
    (_name, rejected) => expectCaseRejected(calls, rejected),
  );
}

export const missingKey = { location: ["request"], code: 401, message: "Invalid security scheme used" };
