// The README's results are what `pnpm bench` measured last (bench/results/latest.json), as the
// generator writes them: nothing pasted from a terminal, so no checkout's path.
import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { type LatestResults, latestFile, readmeFile, withResultsSection } from "../src/readme-section.ts";

test("the README's results section is what bench/results/latest.json renders to", async () => {
  const readme = await readFile(readmeFile, "utf8");
  const results = JSON.parse(await readFile(latestFile, "utf8")) as LatestResults;
  expect(readme, "stale: run node bench/src/readme-section.ts").toBe(withResultsSection(readme, results));
  expect(readme).not.toMatch(/^> .*@.* (\/|[A-Z]:\\)/m);
});

test("a README without the markers is an error naming them", () => {
  expect(() => withResultsSection("# no results here\n", {} as LatestResults)).toThrow(
    /no bench results markers \(`<!-- bench results: /,
  );
});
