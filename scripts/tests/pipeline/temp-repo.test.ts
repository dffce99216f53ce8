import { readdir } from "node:fs/promises";
import { afterEach, expect, it } from "vitest";
import { createTempRepo, type TempRepo } from "./temp-repo.ts";

// The scripts suite copies the repo in many tests: each copy must hold the providers its test
// exercises and no other, or the suite slows down with every provider the repo gains.
let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

it("holds the named providers' specs and outputs, and no other provider's", async () => {
  repo = await createTempRepo(["novita"]);
  expect(await readdir(repo.path("specs"))).toEqual(["novita"]);
  expect(await readdir(repo.path("packages"))).toEqual(["novita"]);
  expect((await readdir(repo.path("packages/novita/src/generated"))).length).toBeGreaterThan(0);
  expect(await repo.read("packages/novita/openapi.json")).toMatch(/"openapi":/);
});
