import { defineConfig } from "vitest/config";

// Prism mocks and the built command start real processes: generous margins on a busy machine.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000 } });
