// A provider scaffolded from a local file has no published URL in source.yaml: specs:check and
// specs:sync say so (and how to fix it) instead of failing every provider's check.
import { mkdir } from "node:fs/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTempRepo, type TempRepo } from "../pipeline/temp-repo.ts";
import { runCli } from "../specs-diff/run-cli.ts";

let repo: TempRepo;

beforeAll(async () => {
  repo = await createTempRepo([]);
  await mkdir(repo.path("specs/probe/upstream"), { recursive: true });
  await repo.write(
    "specs/probe/source.yaml",
    "provider: probe\nentry: upstream/openapi.yaml\nupstream:\n  - file: upstream/openapi.yaml\n    operations: [get /status]\n",
  );
});
afterAll(() => repo.remove());

it("specs:check skips a vendored file with no url, naming it", async () => {
  const result = await runCli("specs-check/cli.ts", ["--root", repo.root]);
  expect(result).toEqual({
    code: 0,
    stdout: "probe: skipped — source.yaml names no published `url` for upstream/openapi.yaml; add one to check it\n",
    stderr: "",
  });
});

it("specs:sync refuses it with the same reason", async () => {
  const result = await runCli("specs-sync/cli.ts", ["probe", "--root", repo.root]);
  expect(result.stderr).toBe(
    "error: specs/probe/source.yaml: names no published `url` for upstream/openapi.yaml: there is no upstream to sync\n",
  );
  expect(result.code).not.toBe(0);
});
