// One Prism mock for the provider project under test, started when that project's run starts and
// stopped in its teardown: the suite runs one provider at a time (src/run-contract-suite.ts), so
// memory is the largest provider's, not the sum. One mock serves both kinds of answer: examples
// (`Prefer: code=…, example=…`) and answers generated from the schemas (`Prefer: dynamic=true`).
// stop-on-exit.ts and prism-process.ts cover the runs that never reach teardown.
import type { TestProject } from "vitest/node";
import { startPrism } from "./prism/start-prism.ts";
import { contractProvider } from "./providers/contract-providers.ts";

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
  const server = await startPrism({ document: provider.documentPath });
  project.provide("contract", { provider: provider.name, mockUrl: server.url });
  return () => server.stop();
}
