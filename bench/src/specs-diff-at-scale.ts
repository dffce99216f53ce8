// specs:diff at scale: DigitalOcean's multi-file document (~2,900 files, 659 operations) against a
// copy with one change (a documented 404 dropped from one operation), run as users run it
// (`node scripts/specs-diff/cli.ts OLD NEW --json`: both documents read, bundled and diffed), timed
// with its peak memory; and the same pair bundled into one JSON file each, as specs:sync diffs a
// package's openapi.json. Each run checks its own answer: exactly that one change, or the bench fails.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { loadDocument } from "@image-sdk/scripts/repo/load-document.ts";
import { parse, stringify } from "yaml";
import { DIGITALOCEAN_ROOT_FILE } from "./digitalocean-document.ts";
import { runMeasured } from "./measured-process.ts";
import { table } from "./results-table.ts";

const ROOT_FILE = DIGITALOCEAN_ROOT_FILE;
/** The one change: operation file (and its path in the document) and the response status dropped from it. */
const CHANGED_FILE = join("resources", "droplets", "droplets_get.yml");
const CHANGED_PATH = "/v2/droplets/{droplet_id}";
const DROPPED_STATUS = "404";
export const SPECS_DIFF_TARGET_MS = 3000;

export interface SpecsDiffRun {
  /** Fastest of the runs: noise on a shared machine only ever adds time. */
  wallMs: number;
  /** Highest of the runs. */
  peakRssMiB: number;
}

export interface SpecsDiffAtScale {
  change: string;
  runs: number;
  /** The multi-file documents, bundled by specs:diff itself: the target. */
  multiFile: SpecsDiffRun;
  /** The same pair as bundled JSON files. */
  bundled: SpecsDiffRun;
}

async function measure(oldFile: string, newFile: string, runs: number): Promise<SpecsDiffRun> {
  const args = [join(repoRoot, "scripts", "specs-diff", "cli.ts"), oldFile, newFile, "--json"];
  const fastest: SpecsDiffRun = { wallMs: Infinity, peakRssMiB: 0 };
  for (let run = 0; run < runs; run++) {
    const result = await runMeasured(process.execPath, args, { cwd: repoRoot });
    if (result.code !== 0) throw new Error(`specs:diff failed on the DigitalOcean document:\n${result.output}`);
    const { changes } = JSON.parse(result.output) as { changes: Array<{ rule: string; location: string }> };
    const [only, ...rest] = changes;
    if (!only || rest.length || only.rule !== "error-status-removed")
      throw new Error(`specs:diff on one dropped ${DROPPED_STATUS} found: ${JSON.stringify(changes, null, 2)}`);
    fastest.wallMs = Math.min(fastest.wallMs, result.wallMs);
    fastest.peakRssMiB = Math.max(fastest.peakRssMiB, result.peakRssMiB);
  }
  return fastest;
}

/** `digitalOceanSpecs`: the document's `specification/` folder (digitalocean-document.ts). */
export async function benchSpecsDiffAtScale(runs: number, digitalOceanSpecs: string): Promise<SpecsDiffAtScale> {
  const scratch = await mkdtemp(join(tmpdir(), "image-sdk-bench-specs-diff-"));
  try {
    const copy = join(scratch, "specification");
    await cp(digitalOceanSpecs, copy, { recursive: true });
    const file = join(copy, CHANGED_FILE);
    const operation = parse(await readFile(file, "utf8")) as { responses: Record<string, unknown> };
    if (!(DROPPED_STATUS in operation.responses)) throw new Error(`${CHANGED_FILE} has no ${DROPPED_STATUS} response`);
    delete operation.responses[DROPPED_STATUS];
    await writeFile(file, stringify(operation));
    const [oldRoot, newRoot] = [join(digitalOceanSpecs, ROOT_FILE), join(copy, ROOT_FILE)];
    const multiFile = await measure(oldRoot, newRoot, runs);

    const [oldJson, newJson] = [join(scratch, "old.json"), join(scratch, "new.json")];
    await writeFile(oldJson, JSON.stringify(await loadDocument(oldRoot)));
    await writeFile(newJson, JSON.stringify(await loadDocument(newRoot)));
    const bundled = await measure(oldJson, newJson, runs);
    return {
      change: `${CHANGED_PATH} (${CHANGED_FILE}): response ${DROPPED_STATUS} removed`,
      runs,
      multiFile,
      bundled,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const seconds = (run: SpecsDiffRun) => `${(run.wallMs / 1000).toFixed(2)} s, ${Math.round(run.peakRssMiB)} MiB`;

/** The target, checked like bench-results.ts checks the others. */
export function checkSpecsDiffTarget(result: SpecsDiffAtScale): { target: string; measured: string; met: boolean } {
  return {
    target: `at scale: specs:diff of DigitalOcean's multi-file document < ${SPECS_DIFF_TARGET_MS / 1000} s`,
    measured: seconds(result.multiFile),
    met: result.multiFile.wallMs < SPECS_DIFF_TARGET_MS,
  };
}

export function renderSpecsDiffAtScale(result: SpecsDiffAtScale): string {
  return [
    `**specs:diff at scale**: DigitalOcean's document against a copy with one change (${result.change}), \`node scripts/specs-diff/cli.ts OLD NEW --json\`, fastest of ${result.runs} runs.`,
    "",
    table(
      ["documents", "wall, peak RSS"],
      [
        ["multi-file (bundled by specs:diff)", seconds(result.multiFile)],
        ["bundled JSON (as specs:sync diffs openapi.json)", seconds(result.bundled)],
      ],
    ),
    "",
  ].join("\n");
}
