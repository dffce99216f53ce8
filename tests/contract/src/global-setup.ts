// One Prism mock for the provider project under test, started when that project's run starts and
// stopped in its teardown: the suite runs one provider at a time (src/run-contract-suite.ts), so
// memory is the largest provider's, not the sum. One mock serves both kinds of answer: examples
// (`Prefer: code=…, example=…`) and answers generated from the schemas (`Prefer: dynamic=true`).
// The launcher (image-to-prompt's `./prism`) also stops the mocks of runs that never reach teardown.
import { startPrism } from "@image-sdk/image-to-prompt/prism";
import type { TestProject } from "vitest/node";
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
  // A document of hundreds of operations takes Prism seconds to load on a quiet machine, and many
  // times that on a loaded one: only a start that never happens should fail.
  const server = await startPrism({ document: provider.paths.document, startTimeoutMs: 180_000 });
  project.provide("contract", { provider: provider.name, mockUrl: server.url });
  return () => server.stop();
}
