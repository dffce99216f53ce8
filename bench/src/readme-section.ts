// The README's results section, written by `pnpm bench` from the results it just measured (never
// pasted from a terminal, where pnpm's banner names the checkout's absolute path).
// `node bench/src/readme-section.ts [--check]` writes it again from bench/results/latest.json, or
// exits 1 when the README's section is not what that file renders to.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { writeFilesAtomically } from "@image-sdk/scripts/pipeline/atomic-write.ts";
import type { BenchResults, TargetCheck } from "./bench-results.ts";
import { renderResultsTables } from "./results-table.ts";
import { renderSpecsDiffAtScale, type SpecsDiffAtScale } from "./specs-diff-at-scale.ts";

/** bench/results/latest.json: the results, plus the specs:diff measure and its target. */
export type LatestResults = BenchResults & { specsDiffAtScale?: SpecsDiffAtScale; targets: TargetCheck[] };

export const readmeFile = fileURLToPath(new URL("../../README.md", import.meta.url));
export const latestFile = fileURLToPath(new URL("../results/latest.json", import.meta.url));
const begin = "<!-- bench results: written by pnpm bench (bench/src/readme-section.ts) -->";
const end = "<!-- /bench results -->";

export function renderReadmeSection(results: LatestResults): string {
  const specsDiff = results.specsDiffAtScale ? `\n${renderSpecsDiffAtScale(results.specsDiffAtScale)}` : "";
  return `${begin}\n\n${renderResultsTables(results)}${specsDiff}\n${end}`;
}

/** The README with its results section replaced; an error when the markers are missing. */
export function withResultsSection(readme: string, results: LatestResults): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${readmeFile}: no bench results markers (\`${begin}\` … \`${end}\`)`);
  return `${readme.slice(0, from)}${renderReadmeSection(results)}${readme.slice(to + end.length)}`;
}

if (import.meta.main) {
  const results = JSON.parse(await readFile(latestFile, "utf8")) as LatestResults;
  const readme = await readFile(readmeFile, "utf8");
  const contents = withResultsSection(readme, results);
  if (process.argv.includes("--check")) {
    if (contents !== readme) process.stderr.write("stale: run node bench/src/readme-section.ts\n");
    process.exitCode = contents === readme ? 0 : 1;
  } else {
    await writeFilesAtomically([{ path: readmeFile, contents }]);
  }
}
