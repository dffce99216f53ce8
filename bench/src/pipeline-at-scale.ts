// Pipeline at scale: DigitalOcean's public API document (~2,900 files, hundreds of operations)
// through the pipeline's own step commands, run as turbo runs them for a provider
// (`node scripts/pipeline/<step>.ts <provider> <root>`), each timed with its peak memory. The
// document is one more provider in a temporary repo root, with the bench's own small overlay.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { DIGITALOCEAN_ROOT_FILE } from "./digitalocean-document.ts";
import { runMeasured } from "./measured-process.ts";

const PROVIDER = "digitalocean";
const ROOT_FILE = DIGITALOCEAN_ROOT_FILE;
const fixtures = fileURLToPath(new URL("../fixtures/digitalocean/", import.meta.url));

export interface ScaleStep {
  step: string;
  command: string;
  /** Fastest of the runs: noise on a shared machine only ever adds time. */
  wallMs: number;
  /** Highest of the runs. */
  peakRssMiB: number;
}

export interface PipelineAtScale {
  document: { files: number; operations: number; schemas: number; generatedTypesBytes: number };
  runs: number;
  /** Lint as published: what Redocly's recommended rules report (not fatal). */
  lintFindings: { errors: number; warnings: number };
  steps: ScaleStep[];
  /** spec:bundle + generate, the target's two steps. */
  bundleAndGenerate: { wallMs: number; peakRssMiB: number };
}

/** Redocly's closing line: "Validation failed with 7 errors and 123 warnings." or "You have 3 warnings." */
function lintSummary(output: string): { errors: number; warnings: number } {
  const count = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? 0);
  return { errors: count(/with (\d+) errors?/), warnings: count(/(\d+) warnings?\.\s*$/m) };
}

async function prepareRoot(root: string, digitalOceanSpecs: string): Promise<void> {
  const specDir = join(root, "specs", PROVIDER);
  await mkdir(specDir, { recursive: true });
  await symlink(digitalOceanSpecs, join(specDir, "upstream"));
  await cp(join(fixtures, "source.yaml"), join(specDir, "source.yaml"));
  await cp(join(fixtures, "overlay.yaml"), join(specDir, "overlay.yaml"));
  await cp(join(fixtures, "redocly.yaml"), join(root, "redocly.yaml"));
  // tsc checks the generated types, through a file that uses them, under the repo's strict settings.
  const generated = `./packages/${PROVIDER}/src/generated`;
  await writeFile(
    join(root, "check.ts"),
    [
      `import type { components, operations, paths } from "${generated}/openapi.ts";`,
      `import type { ErrorCodes } from "${generated}/errors.ts";`,
      "export type Api = [paths, components, operations, ErrorCodes];",
      "",
    ].join("\n"),
  );
  await writeFile(
    join(root, "tsconfig.json"),
    JSON.stringify({ extends: join(repoRoot, "tsconfig.base.json"), include: ["check.ts"] }),
  );
}

/** `digitalOceanSpecs`: the document's `specification/` folder (digitalocean-document.ts). */
export async function benchPipelineAtScale(runs: number, digitalOceanSpecs: string): Promise<PipelineAtScale> {
  const root = await mkdtemp(join(tmpdir(), "image-sdk-bench-scale-"));
  const scripts = join(repoRoot, "scripts");
  const redoclyCli = createRequire(join(scripts, "package.json")).resolve("@redocly/cli/bin/cli.js");
  const tsc = createRequire(join(repoRoot, "package.json")).resolve("typescript/bin/tsc");
  const pipelineStep = (file: string) => [join(scripts, "pipeline", file), PROVIDER, root];
  const steps: Array<{ step: string; command: string; args: string[]; findingsOnly?: boolean }> = [
    { step: "lint (as published)", command: "spec:lint", args: pipelineStep("lint-spec.ts"), findingsOnly: true },
    { step: "overlay + bundle", command: "spec:bundle", args: pipelineStep("bundle-spec.ts") },
    {
      step: "of which Redocly bundle alone",
      command: "redocly bundle",
      args: [
        redoclyCli,
        "bundle",
        join("specs", PROVIDER, "upstream", ROOT_FILE),
        "--ext",
        "json",
        "-o",
        join(root, "bare.json"),
      ],
    },
    { step: "generate", command: "generate", args: pipelineStep("generate-types.ts") },
    { step: "typecheck generated types", command: "tsc --noEmit", args: [tsc, "-p", join(root, "tsconfig.json")] },
  ];
  try {
    await prepareRoot(root, digitalOceanSpecs);
    const measured: ScaleStep[] = steps.map(({ step, command }) => ({
      step,
      command,
      wallMs: Infinity,
      peakRssMiB: 0,
    }));
    let lintOutput = "";
    for (let run = 0; run < runs; run++) {
      for (const [i, { step, args, findingsOnly }] of steps.entries()) {
        const result = await runMeasured(process.execPath, args, { cwd: root });
        if (findingsOnly) lintOutput = result.output;
        else if (result.code !== 0)
          throw new Error(`${step} failed on the DigitalOcean document:\n${result.output.slice(-4000)}`);
        measured[i]!.wallMs = Math.min(measured[i]!.wallMs, result.wallMs);
        measured[i]!.peakRssMiB = Math.max(measured[i]!.peakRssMiB, result.peakRssMiB);
      }
    }
    const document = JSON.parse(await readFile(join(root, "packages", PROVIDER, "openapi.json"), "utf8")) as {
      paths: Record<string, Record<string, unknown>>;
      components?: { schemas?: Record<string, unknown> };
    };
    const operations = Object.values(document.paths)
      .flatMap((item) => Object.keys(item))
      .filter((key) => /^(get|put|post|delete|options|head|patch|trace)$/.test(key)).length;
    const generatedTypes = await readFile(join(root, "packages", PROVIDER, "src", "generated", "openapi.ts"));
    const files = (await readdir(join(digitalOceanSpecs, ".."), { recursive: true, withFileTypes: true })).filter(
      (entry) => entry.isFile(),
    );
    const [bundle, generate] = ["spec:bundle", "generate"].map(
      (command) => measured.find((step) => step.command === command)!,
    );
    return {
      document: {
        files: files.length,
        operations,
        schemas: Object.keys(document.components?.schemas ?? {}).length,
        generatedTypesBytes: generatedTypes.byteLength,
      },
      runs,
      lintFindings: lintSummary(lintOutput),
      steps: measured,
      bundleAndGenerate: {
        wallMs: bundle!.wallMs + generate!.wallMs,
        peakRssMiB: Math.max(bundle!.peakRssMiB, generate!.peakRssMiB),
      },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
