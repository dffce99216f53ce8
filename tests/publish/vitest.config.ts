import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // These suites start registries, mocks and compilers; on a shared 2-core machine one file at
    // a time keeps them from starving each other.
    fileParallelism: false,
    // Packs the public packages once for the files that examine the tarballs.
    globalSetup: ["./src/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
