import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Two turbo builds of the packages in repo copies: tens of seconds on a shared 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
