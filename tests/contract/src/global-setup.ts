// One contract mock for the provider project under test (src/mock/contract-mock.ts: Prism behind a
// loopback front, one Prism per group of operations for a large document), started when that
// project's run starts and stopped in its teardown: the suite runs one provider at a time
// (src/run-contract-suite.ts), so memory is the largest provider's, not the sum. The launcher
// (image-to-prompt's `./prism`) also stops the mocks of runs that never reach teardown.
import type { TestProject } from "vitest/node";
import { startContractMock } from "./mock/contract-mock.ts";
import { contractProvider, loadDocument } from "./providers/contract-providers.ts";

export interface ContractContext {
  provider: string;
  /** The provider's mock, with request violations as errors (`--errors`). */
  mockUrl: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    contract: ContractContext;
  }
}

export default async function setup(project: TestProject) {
  const provider = contractProvider(project.name);
  // Each group's Prism loads a sub-document of at most a few dozen operations: seconds on a quiet
  // machine, many times that on a loaded one; only a start that never happens should fail.
  const mock = await startContractMock({
    documentPath: provider.paths.document,
    document: loadDocument(provider.name),
    startTimeoutMs: 180_000,
  });
  project.provide("contract", { provider: provider.name, mockUrl: mock.url });
  return () => mock.stop();
}
