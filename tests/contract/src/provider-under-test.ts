// What a test of the provider project under test works with: its name and mock (from the project's
// global setup), its document, and its generated typed calls.
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { inject } from "vitest";
import type { ContractCalls } from "./contract-calls.ts";
import { type CoverageAllowlist, loadAllowlist } from "./coverage-gate/coverage-allowlist.ts";
import { type DocumentedOperation, documentedOperations } from "./openapi/documented-operations.ts";
import { type SchemaValidator, validatorFor } from "./openapi/schema-validator.ts";
import { loadDocument } from "./providers/contract-providers.ts";

export interface ProviderUnderTest {
  provider: string;
  mockUrl: string;
  document: JsonObject;
  operations: DocumentedOperation[];
  validator: SchemaValidator;
  allowlist: CoverageAllowlist;
  calls: ContractCalls<unknown>;
}

export async function providerUnderTest(): Promise<ProviderUnderTest> {
  const { provider, mockUrl } = inject("contract");
  const document = loadDocument(provider);
  const generated = new URL(`../generated/${provider}.ts`, import.meta.url).href;
  const calls = ((await import(/* @vite-ignore */ generated)) as { default: ContractCalls<unknown> }).default;
  return {
    provider,
    mockUrl,
    document,
    operations: documentedOperations(document),
    validator: validatorFor(document),
    allowlist: loadAllowlist(provider),
    calls,
  };
}
