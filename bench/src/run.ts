// `pnpm bench`: measures everything in one run, prints Markdown tables, and writes
// bench/results/latest.json, the chart drawn from it (bench/results/overhead.svg) and the README's
// results section. Missed targets
// are reported, not fatal: speed on a shared machine is evidence, not a gate (sizes are gated in
// bench/tests/size-budgets.test.ts).
import { readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFilesAtomically } from "@image-sdk/scripts/pipeline/atomic-write.ts";
import { listProviders } from "@image-sdk/scripts/repo/providers.ts";
import { type BenchResults, checkTargets, TARGETS } from "./bench-results.ts";
import { benchBuildCache } from "./build-cache.ts";
import { measureProviderSize } from "./bundle-size.ts";
import { benchClientOverhead } from "./client-overhead.ts";
import { benchContractAtScale } from "./contract-at-scale.ts";
import { benchContractSuite } from "./contract-suite.ts";
import { findDigitalOceanDocument } from "./digitalocean-document.ts";
import { describeMachine } from "./machine.ts";
import { assertGnuTime } from "./measured-process.ts";
import { renderOverheadChart } from "./overhead-chart.ts";
import { benchPipelineAtScale } from "./pipeline-at-scale.ts";
import { readmeFile, withResultsSection } from "./readme-section.ts";
import { renderResultsTables } from "./results-table.ts";
import { benchSpecsDiffAtScale, checkSpecsDiffTarget, renderSpecsDiffAtScale } from "./specs-diff-at-scale.ts";

const resultsDir = fileURLToPath(new URL("../results/", import.meta.url));
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

await assertGnuTime();
const started = performance.now();
const loadAtStart = loadavg()[0]!;

log("size of each provider client in a browser bundle");
const size = [];
for (const provider of listProviders()) size.push(await measureProviderSize(provider));

log("client overhead, in memory and over loopback HTTP (~30 s on an idle machine)");
const clientOverhead = await benchClientOverhead({ rounds: 20, msPerVariantPerRound: 120 });

log("turbo: cold build, no-change rebuild, one spec changed (in a copy of the repo)");
const buildCache = await benchBuildCache();

// The at-scale sections need DigitalOcean's document, which the repository does not vendor.
const digitalOcean = await findDigitalOceanDocument();
const atScale = digitalOcean.found ? digitalOcean.specification : undefined;
if (!digitalOcean.found) log(`skipping pipeline, specs:diff and contract suite at scale: ${digitalOcean.reason}`);

if (atScale) log("pipeline at scale: the DigitalOcean document, twice");
const pipelineAtScale = atScale ? await benchPipelineAtScale(2, atScale) : undefined;

if (atScale) log("specs:diff at scale: the DigitalOcean document against a one-change copy");
const specsDiffAtScale = atScale ? await benchSpecsDiffAtScale(3, atScale) : undefined;

log("contract suite and Prism start");
const contractSuite = await benchContractSuite(3);

if (atScale)
  log("contract suite at scale: DigitalOcean added with `pnpm new-provider` in a scratch copy (a few minutes)");
const contractAtScale = atScale ? await benchContractAtScale(atScale) : undefined;

const measured: Omit<BenchResults, "targets"> = {
  date: new Date().toISOString(),
  machine: describeMachine(),
  loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  clientOverhead,
  size,
  buildCache,
  pipelineAtScale,
  contractSuite,
  contractAtScale,
  ...(digitalOcean.found ? {} : { atScaleSkipped: digitalOcean.reason }),
};
const results: BenchResults = { ...measured, targets: checkTargets(measured) };
const targets = [...results.targets, ...(specsDiffAtScale ? [checkSpecsDiffTarget(specsDiffAtScale)] : [])];
const latest = { ...results, specsDiffAtScale, targets };

await writeFilesAtomically([
  { path: join(resultsDir, "latest.json"), contents: `${JSON.stringify(latest, null, 2)}\n` },
  { path: readmeFile, contents: withResultsSection(await readFile(readmeFile, "utf8"), latest) },
  {
    path: join(resultsDir, "overhead.svg"),
    contents: renderOverheadChart(clientOverhead, TARGETS.clientRatioInMemory),
  },
]);
process.stdout.write(renderResultsTables(results));
process.stdout.write(
  `\n${specsDiffAtScale ? renderSpecsDiffAtScale(specsDiffAtScale) : `**specs:diff at scale**: skipped — ${digitalOcean.found ? "" : digitalOcean.reason}.\n`}`,
);
const missed = targets.filter((check) => !check.met);
log(
  `done in ${((performance.now() - started) / 1000).toFixed(0)} s; wrote bench/results/latest.json, overhead.svg and the README's results`,
);
if (missed.length) log(`targets missed: ${missed.map((check) => `${check.target} (${check.measured})`).join("; ")}`);
