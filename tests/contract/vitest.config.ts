import { defineConfig } from "vitest/config";
import ContractCoverageReporter from "./src/coverage-gate/coverage-reporter.ts";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["./src/global-setup.ts"],
    reporters: ["default", new ContractCoverageReporter()],
    // Prism processes start in seconds on a shared 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The files share no state, so workers are reused instead of started per file.
    isolate: false,
  },
});
