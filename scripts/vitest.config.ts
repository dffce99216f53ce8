import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Pipeline tests run the real Redocly CLI, openapi-typescript and tsup in child processes;
    // on a busy 2-core CI machine one case can take several seconds.
    testTimeout: 60_000,
    // Hooks make scratch copies of the repo and start servers: the same allowance.
    hookTimeout: 60_000,
    // Most of this suite's time is child processes (Redocly, tsup, API Extractor, pnpm) a worker
    // waits on. Vitest's default, one worker fewer than the cores, is one worker on a 2-core CI
    // machine: one file at a time, a core idle. The files share no state (each works in its own
    // scratch copy or temp folder, with loopback servers on free ports), so one worker per core.
    maxWorkers: availableParallelism(),
  },
});
