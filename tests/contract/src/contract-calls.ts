// The shape of the typed contract calls generated per provider (generated/<provider>.ts, written by
// src/generate-calls/): one literal call through the provider's own client per operation, and one
// per documented request example, so a call that stops type-checking fails `typecheck`.
import type { Json } from "@image-sdk/scripts/pipeline/json-ref.ts";

/** Where the client goes and how the test watches it. */
export interface MockClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
  /** Client-wide headers, e.g. a `Prefer` that flow helpers (which take no headers) must carry. */
  headers?: Record<string, string>;
}

export interface CallInput {
  /** Per-call headers (e.g. the `Prefer` that picks the mock's answer). */
  headers: Record<string, string>;
  /** Replaces the generated body (to send one the contract forbids); the generated one otherwise. */
  body?: Json;
}

/** openapi-fetch's result shape, as every provider client returns it. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export type ContractCall<Client> = (client: Client, input: CallInput) => Promise<RawResult>;

export interface OperationCalls<Client> {
  /** Parameters and body from the document's examples, else sampled from the schemas. */
  call: ContractCall<Client>;
  /** One call per named request example, its value as the body. */
  requestExamples: Record<string, ContractCall<Client>>;
}

export interface ContractCalls<Client = unknown> {
  provider: string;
  /** A client aimed at the mock, with test credentials for every security scheme the document has (or none). */
  createClient(mock: MockClientOptions, credentials?: boolean): Client;
  /** Keyed like the coverage report: `POST /v1/things`. */
  operations: Record<string, OperationCalls<Client>>;
}

/** Ties the calls to the client type, so each literal call is checked against the client's types. */
export function defineContractCalls<Client>(calls: ContractCalls<Client>): ContractCalls<Client> {
  return calls;
}

/** The credentials the generated clients use: the mock checks for presence, a real one is never needed. */
export const TEST_CREDENTIALS = { apiKey: "test-key", username: "test-user", password: "test-password" } as const;
