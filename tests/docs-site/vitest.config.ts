import { defineConfig } from "vitest/config";

// The site is crawled twice (file:// and a loopback server): the landing page and the pages it
// links are rendered in Chromium, each photographed; Scalar renders a reference for seconds on a
// shared 2-core machine. One file at a time: two Chromiums at once only compete for the CPU.
export default defineConfig({
  test: { testTimeout: 600_000, hookTimeout: 120_000, fileParallelism: false },
});
