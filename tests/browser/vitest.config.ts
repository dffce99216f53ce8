import { defineConfig } from "vitest/config";

// Starting Chromium and bundling take seconds on a shared 2-core machine.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
