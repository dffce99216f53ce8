// specs:diff at scale: DigitalOcean's multi-file document (~2,900 files, 659 operations) against a
// copy with one change (a documented 404 dropped from one operation), run as users run it
// (`node scripts/specs-diff/cli.ts OLD NEW --json`: both documents read, bundled and diffed), timed
// with its peak memory. The run checks its own answer: exactly that one change, or the bench fails.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { parse, stringify } from "yaml";
import { runMeasured } from "./measured-process.ts";
import { digitalOceanSpecs } from "./pipeline-at-scale.ts";

const ROOT_FILE = "DigitalOcean-public.v2.yaml";
/** The one change: operation file and the response status dropped from it. */
const CHANGED_FILE = join("resources", "droplets", "droplets_get.yml");
const DROPPED_STATUS = "404";
export const SPECS_DIFF_TARGET_MS = 3000;

export interface SpecsDiffAtScale {
  change: string;
  runs: number;
  /** Fastest of the runs: noise on a shared machine only ever adds time. */
  wallMs: number;
  /** Highest of the runs. */
  peakRssMiB: number;
}

export async function benchSpecsDiffAtScale(runs: number): Promise<SpecsDiffAtScale> {
  const scratch = await mkdtemp(join(tmpdir(), "image-sdk-bench-specs-diff-"));
  try {
    const copy = join(scratch, "specification");
    await cp(digitalOceanSpecs, copy, { recursive: true });
    const file = join(copy, CHANGED_FILE);
    const operation = parse(await readFile(file, "utf8")) as { responses: Record<string, unknown> };
    if (!(DROPPED_STATUS in operation.responses)) throw new Error(`${CHANGED_FILE} has no ${DROPPED_STATUS} response`);
    delete operation.responses[DROPPED_STATUS];
    await writeFile(file, stringify(operation));

    const args = [
      join(repoRoot, "scripts", "specs-diff", "cli.ts"),
      join(digitalOceanSpecs, ROOT_FILE),
      join(copy, ROOT_FILE),
      "--json",
    ];
    let wallMs = Infinity;
    let peakRssMiB = 0;
    for (let run = 0; run < runs; run++) {
      const result = await runMeasured(process.execPath, args, { cwd: repoRoot });
      if (result.code !== 0) throw new Error(`specs:diff failed on the DigitalOcean document:\n${result.output}`);
      const { changes } = JSON.parse(result.output) as { changes: Array<{ rule: string; location: string }> };
      const [only, ...rest] = changes;
      if (!only || rest.length || only.rule !== "error-status-removed")
        throw new Error(`specs:diff on one dropped ${DROPPED_STATUS} found: ${JSON.stringify(changes, null, 2)}`);
      wallMs = Math.min(wallMs, result.wallMs);
      peakRssMiB = Math.max(peakRssMiB, result.peakRssMiB);
    }
    return { change: `${CHANGED_FILE}: response ${DROPPED_STATUS} removed`, runs, wallMs, peakRssMiB };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The target, checked like bench-results.ts checks the others. */
export function checkSpecsDiffTarget(result: SpecsDiffAtScale): { target: string; measured: string; met: boolean } {
  return {
    target: `at scale: specs:diff OLD NEW < ${SPECS_DIFF_TARGET_MS / 1000} s`,
    measured: `${(result.wallMs / 1000).toFixed(2)} s, ${Math.round(result.peakRssMiB)} MiB`,
    met: result.wallMs < SPECS_DIFF_TARGET_MS,
  };
}

export function renderSpecsDiffAtScale(result: SpecsDiffAtScale): string {
  const { target, measured, met } = checkSpecsDiffTarget(result);
  return [
    `**specs:diff at scale**: DigitalOcean's multi-file document against a copy with one change (${result.change}), fastest of ${result.runs} runs.`,
    "",
    "| target | measured | met |",
    "| --- | --- | --- |",
    `| ${target} | ${measured} | ${met ? "yes" : "no"} |`,
    "",
  ].join("\n");
}
