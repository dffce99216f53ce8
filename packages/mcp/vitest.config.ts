import { defineConfig } from "vitest/config";

// The tests spawn the packed server and Prism mocks: generous margins on a busy machine, and one
// file at a time.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } });
