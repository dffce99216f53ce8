import { defineConfig } from "vitest/config";

// One language service over every provider's built types: seconds on a quiet machine, more on a
// loaded 2-core one.
export default defineConfig({
  test: { include: ["tests/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 180_000 },
});
