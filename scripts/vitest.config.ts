import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Pipeline tests run the real Redocly CLI, openapi-typescript and tsup in child processes;
    // on a busy 2-core CI machine one case can take several seconds.
    testTimeout: 60_000,
  },
});
