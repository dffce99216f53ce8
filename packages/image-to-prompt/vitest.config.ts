import { defineConfig } from "vitest/config";

// Prism mocks and the built command start real processes: generous margins on a busy machine, and
// one file at a time, so a test that looks for the command's mock processes sees only its own.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } });
