// The results as Markdown tables: printed by `pnpm bench` and written into the README by
// readme-section.ts.
import type { BenchResults } from "./bench-results.ts";
import type { ContractAtScale } from "./contract-at-scale.ts";
import type { PipelineAtScale } from "./pipeline-at-scale.ts";

/** A Markdown table with its columns padded to one width, as a Markdown formatter leaves it. */
export function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [head, ...rows].map((cellsOfRow) => cellsOfRow.map(String));
  const widths = head.map((_, column) => Math.max(3, ...cells.map((cellsOfRow) => cellsOfRow[column]?.length ?? 0)));
  const row = (cellsOfRow: readonly string[]) =>
    `| ${widths.map((width, column) => (cellsOfRow[column] ?? "").padEnd(width)).join(" | ")} |`;
  const [header = [], ...body] = cells;
  return [row(header), row(widths.map((width) => "-".repeat(width))), ...body.map(row)].join("\n");
}
const int = (value: number) => Math.round(value).toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function renderResultsTables(results: BenchResults): string {
  const { machine, clientOverhead, size, buildCache, pipelineAtScale, contractSuite, contractAtScale } = results;
  const loopback = new Map(clientOverhead.modes.loopback.map((variant) => [variant.id, variant]));
  return [
    `Measured ${results.date.slice(0, 10)} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB RAM, Node ${machine.node} (${machine.os}); ` +
      `1-minute load average ${results.loadAverage.start.toFixed(1)} at the start, ${results.loadAverage.end.toFixed(1)} at the end (the machine is shared).`,
    "",
    `**Client overhead**: \`${clientOverhead.call}\` (${clientOverhead.provider}; (c) with ${clientOverhead.clientFeatures}), calls per second (in memory: per second of ${clientOverhead.clocks["in-memory"]}; over loopback: of ${clientOverhead.clocks.loopback}), median of ${clientOverhead.rounds} interleaved rounds; × = ratio to bare openapi-fetch within each round.`,
    "",
    table(
      ["client", "in memory", "×", "loopback HTTP", "×"],
      clientOverhead.modes["in-memory"].map((variant) => {
        const overHttp = loopback.get(variant.id)!;
        return [
          variant.label,
          int(variant.opsPerSecond),
          variant.ratioToOpenapiFetch.toFixed(2),
          int(overHttp.opsPerSecond),
          overHttp.ratioToOpenapiFetch.toFixed(2),
        ];
      }),
    ),
    "",
    "**Size**: a browser app making one call, esbuild (minified, tree-shaken) + gzip -9, in bytes.",
    "",
    table(
      ["package", "minified", "gzipped", "bare openapi-fetch, same call", "added"],
      size.map((entry) => [
        `@image-sdk/${entry.provider}`,
        int(entry.client.minifiedBytes),
        int(entry.client.gzipBytes),
        int(entry.openapiFetch.gzipBytes),
        `+${int(entry.addedGzipBytes)}`,
      ]),
    ),
    "",
    "**Pipeline** (turbo `build typecheck` of core and the providers, in a copy of the repo with an empty cache):",
    "",
    table(
      ["run", "wall", "tasks run / total"],
      [
        ["cold", seconds(buildCache.cold.wallMs), `${buildCache.cold.ran.length} / ${buildCache.cold.tasks}`],
        [
          "no change",
          seconds(buildCache.noChange.wallMs),
          `${buildCache.noChange.ran.length} / ${buildCache.noChange.tasks}`,
        ],
        [
          `\`${buildCache.oneSpecChanged.changedFile}\` changed`,
          seconds(buildCache.oneSpecChanged.wallMs),
          `${buildCache.oneSpecChanged.ran.length} / ${buildCache.oneSpecChanged.tasks}: ${buildCache.oneSpecChanged.ran.join(", ")}`,
        ],
      ],
    ),
    "",
    ...(pipelineAtScale ? pipelineAtScaleSection(pipelineAtScale) : [skippedSection("Pipeline at scale", results)]),
    `**Contract suite**: \`pnpm --filter @image-sdk/contract-tests test\` took ${seconds(contractSuite.suite.wallMs)} (process tree peak ${int(contractSuite.suite.peakTreeMiB)} MiB${contractSuite.suite.passed ? "" : ", FAILED"}); Prism start until it answers, median of ${contractSuite.prismStartsPerProvider}:`,
    "",
    table(
      ["provider", "Prism start"],
      Object.entries(contractSuite.prismStartMs).map(([provider, ms]) => [provider, `${int(ms)} ms`]),
    ),
    "",
    ...(contractAtScale
      ? contractAtScaleSection(contractAtScale)
      : [skippedSection("Contract suite at scale", results)]),
    "**Targets**",
    "",
    table(
      ["target", "measured", "met"],
      results.targets.map((check) => [check.target, check.measured, check.met ? "yes" : "**no**"]),
    ),
    "",
  ].join("\n");
}

function skippedSection(title: string, results: BenchResults): string {
  return `**${title}**: skipped — ${results.atScaleSkipped ?? "not measured in this run"}.\n`;
}

function pipelineAtScaleSection(pipelineAtScale: PipelineAtScale): string[] {
  const scale = pipelineAtScale.document;
  return [
    `**Pipeline at scale**: DigitalOcean's API (${int(scale.files)} files, ${scale.operations} operations, ${scale.schemas} schemas → ${int(scale.generatedTypesBytes / 1024)} KiB of types), fastest of ${pipelineAtScale.runs} runs; lint as published found ${pipelineAtScale.lintFindings.errors} errors and ${pipelineAtScale.lintFindings.warnings} warnings (reported, not fatal).`,
    "",
    table(
      ["step", "command", "wall", "peak RSS"],
      [
        ...pipelineAtScale.steps.map((step) => [
          step.step,
          `\`${step.command}\``,
          seconds(step.wallMs),
          `${int(step.peakRssMiB)} MiB`,
        ]),
        [
          "**bundle + generate**",
          "",
          `**${seconds(pipelineAtScale.bundleAndGenerate.wallMs)}**`,
          `**${int(pipelineAtScale.bundleAndGenerate.peakRssMiB)} MiB**`,
        ],
      ],
    ),
    "",
  ];
}

function contractAtScaleSection(atScale: ContractAtScale): string[] {
  const mib = (value: number) => `${int(value)} MiB`;
  return [
    `**Contract suite at scale**: DigitalOcean's document (${int(atScale.document.operations)} operations, ${int(atScale.document.documentedStatuses)} documented statuses) added as provider \`${atScale.provider}\` with \`pnpm new-provider\` in a scratch copy of the repo; peak = the largest sum of resident memory over every live process of the run's tree, sampled every 250 ms.`,
    "",
    table(
      ["run", "wall", "peak (process tree)", "processes at peak", "tests run", "covered"],
      [
        [
          `${atScale.provider}: spec:lint, spec:bundle, generate`,
          seconds(atScale.specSteps.wallMs),
          mib(atScale.specSteps.peakTreeMiB),
          atScale.specSteps.processesAtPeak,
          "",
          "",
        ],
        [
          `${atScale.provider}: build + typecheck`,
          seconds(atScale.buildAndTypecheck.wallMs),
          mib(atScale.buildAndTypecheck.peakTreeMiB),
          atScale.buildAndTypecheck.processesAtPeak,
          "",
          "",
        ],
        [
          `${atScale.provider}: contract suite`,
          seconds(atScale.contract.wallMs),
          mib(atScale.contract.peakTreeMiB),
          atScale.contract.processesAtPeak,
          `${int(atScale.contract.testsRun)}${atScale.contract.testsFailed ? ` (${int(atScale.contract.testsFailed)} failed)` : ""}`,
          `${int(atScale.contract.covered)} / ${int(atScale.contract.documented)} documented items`,
        ],
        [
          `${atScale.imageProviders.providers.join(", ")}: contract suite`,
          seconds(atScale.imageProviders.wallMs),
          mib(atScale.imageProviders.peakTreeMiB),
          atScale.imageProviders.processesAtPeak,
          `${int(atScale.imageProviders.testsRun)}${atScale.imageProviders.testsFailed ? ` (${int(atScale.imageProviders.testsFailed)} failed)` : ""}`,
          "",
        ],
      ],
    ),
    "",
  ];
}
