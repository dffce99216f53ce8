import { defineConfig } from "vitest/config";
import ContractCoverageReporter from "./src/coverage-gate/coverage-reporter.ts";
import { contractProviders } from "./src/providers/contract-providers.ts";

export default defineConfig({
  test: {
    reporters: ["default", new ContractCoverageReporter()],
    // Prism processes start in seconds on a shared 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The files share no state, so workers are reused instead of started per file.
    isolate: false,
    projects: [
      // The harness itself: validator, coverage gate, call generator, Prism lifecycle.
      { extends: true, test: { name: "harness", include: ["tests/harness/**/*.test.ts"] } },
      // One project per provider discovered from specs/*: the generated tests every provider
      // gets, and the hand-written ones of its flow helpers, against its own mock.
      ...contractProviders().map((provider) => ({
        extends: true as const,
        test: {
          name: provider.name,
          include: ["tests/every-provider/**/*.test.ts", `tests/providers/${provider.name}/**/*.test.ts`],
          globalSetup: ["./src/global-setup.ts"],
        },
      })),
    ],
  },
});
