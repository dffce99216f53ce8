import { defineConfig } from "vitest/config";

// Every page of the site is opened twice (file:// and a loopback server) in Chromium, with a
// screenshot each: minutes, not seconds, on a shared 2-core machine.
export default defineConfig({
  test: { testTimeout: 600_000, hookTimeout: 120_000 },
});
