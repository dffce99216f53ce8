import type { BuildCache } from "./build-cache.ts";
import type { ProviderSize } from "./bundle-size.ts";
import type { ClientOverhead } from "./client-overhead.ts";
import type { ContractSuite } from "./contract-suite.ts";
import type { Machine } from "./machine.ts";
import type { PipelineAtScale } from "./pipeline-at-scale.ts";

/** The shape of bench/results/latest.json. */
export interface BenchResults {
  date: string;
  machine: Machine;
  /** 1-minute load average when the run started and ended: other engineers share the machine. */
  loadAverage: { start: number; end: number };
  clientOverhead: ClientOverhead;
  size: ProviderSize[];
  buildCache: BuildCache;
  pipelineAtScale: PipelineAtScale;
  contractSuite: ContractSuite;
  targets: TargetCheck[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** The targets, checked against one run. */
export const TARGETS = {
  clientRatioInMemory: 0.9,
  maxAddedGzipBytes: 2048,
  noChangeRebuildMs: 1000,
  bundleAndGenerateMs: 6000,
  bundleAndGeneratePeakMiB: 512,
} as const;

export function checkTargets(results: Omit<BenchResults, "targets">): TargetCheck[] {
  const client = results.clientOverhead.modes["in-memory"].find((variant) => variant.id === "image-sdk")!;
  const { noChange, oneSpecChanged } = results.buildCache;
  const { bundleAndGenerate } = results.pipelineAtScale;
  return [
    {
      target: `client ≥ ${TARGETS.clientRatioInMemory}× bare openapi-fetch (in memory)`,
      measured: `${client.ratioToOpenapiFetch.toFixed(2)}×`,
      met: client.ratioToOpenapiFetch >= TARGETS.clientRatioInMemory,
    },
    ...results.size.map((size) => ({
      target: `${size.provider}: ≤ ${TARGETS.maxAddedGzipBytes} B gz over bare openapi-fetch`,
      measured: `+${size.addedGzipBytes} B`,
      met: size.addedGzipBytes <= TARGETS.maxAddedGzipBytes,
    })),
    {
      target: `no-change rebuild < ${TARGETS.noChangeRebuildMs} ms, all cached`,
      measured: `${Math.round(noChange.wallMs)} ms, ${noChange.cached}/${noChange.tasks} cached`,
      met: noChange.wallMs < TARGETS.noChangeRebuildMs && noChange.fullCacheHit,
    },
    {
      target: "one spec changed: only that provider rebuilds",
      measured: `${oneSpecChanged.ran.length} tasks ran, all ${oneSpecChanged.provider}: ${oneSpecChanged.onlyThatProvider}`,
      met: oneSpecChanged.onlyThatProvider,
    },
    {
      target: `at scale: bundle + generate < ${TARGETS.bundleAndGenerateMs / 1000} s, peak < ${TARGETS.bundleAndGeneratePeakMiB} MiB`,
      measured: `${(bundleAndGenerate.wallMs / 1000).toFixed(2)} s, ${Math.round(bundleAndGenerate.peakRssMiB)} MiB`,
      met:
        bundleAndGenerate.wallMs < TARGETS.bundleAndGenerateMs &&
        bundleAndGenerate.peakRssMiB < TARGETS.bundleAndGeneratePeakMiB,
    },
  ];
}
