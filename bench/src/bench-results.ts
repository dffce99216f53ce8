import type { BuildCache } from "./build-cache.ts";
import type { ProviderSize } from "./bundle-size.ts";
import type { ClientOverhead } from "./client-overhead.ts";
import type { ContractAtScale } from "./contract-at-scale.ts";
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
  /** Absent when DigitalOcean's document is (see `atScaleSkipped`). */
  pipelineAtScale?: PipelineAtScale;
  contractSuite: ContractSuite;
  contractAtScale?: ContractAtScale;
  /** Why the at-scale sections did not run, and what to fetch for them. */
  atScaleSkipped?: string;
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
  atScaleContractMs: 60_000,
  atScaleContractPeakMiB: 2560,
  atScaleBuildAndTypecheckMs: 20_000,
  imageProvidersContractMs: 10_000,
} as const;

export function checkTargets(results: Omit<BenchResults, "targets">): TargetCheck[] {
  const client = results.clientOverhead.modes["in-memory"].find((variant) => variant.id === "image-sdk")!;
  return [
    ...baseTargets(results, client),
    ...(results.pipelineAtScale ? pipelineTargets(results.pipelineAtScale) : []),
    ...(results.contractAtScale ? contractAtScaleTargets(results.contractAtScale) : []),
  ];
}

function baseTargets(results: Omit<BenchResults, "targets">, client: { ratioToOpenapiFetch: number }): TargetCheck[] {
  const { noChange, oneSpecChanged } = results.buildCache;
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
  ];
}

function pipelineTargets({ bundleAndGenerate }: PipelineAtScale): TargetCheck[] {
  return [
    {
      target: `at scale: bundle + generate < ${TARGETS.bundleAndGenerateMs / 1000} s, peak < ${TARGETS.bundleAndGeneratePeakMiB} MiB`,
      measured: `${(bundleAndGenerate.wallMs / 1000).toFixed(2)} s, ${Math.round(bundleAndGenerate.peakRssMiB)} MiB`,
      met:
        bundleAndGenerate.wallMs < TARGETS.bundleAndGenerateMs &&
        bundleAndGenerate.peakRssMiB < TARGETS.bundleAndGeneratePeakMiB,
    },
  ];
}

function contractAtScaleTargets({
  provider,
  contract,
  buildAndTypecheck,
  imageProviders,
}: ContractAtScale): TargetCheck[] {
  const gib = (mib: number) => `${(mib / 1024).toFixed(2)} GiB`;
  return [
    {
      target: `${provider} contract suite ≤ ${TARGETS.atScaleContractMs / 1000} s, process tree ≤ ${gib(TARGETS.atScaleContractPeakMiB)} at peak`,
      measured: `${(contract.wallMs / 1000).toFixed(1)} s, ${gib(contract.peakTreeMiB)}${contract.passed ? "" : " (suite FAILED)"}`,
      met:
        contract.passed &&
        contract.wallMs <= TARGETS.atScaleContractMs &&
        contract.peakTreeMiB <= TARGETS.atScaleContractPeakMiB,
    },
    {
      target: `${provider} build + typecheck ≤ ${TARGETS.atScaleBuildAndTypecheckMs / 1000} s`,
      measured: `${(buildAndTypecheck.wallMs / 1000).toFixed(1)} s${buildAndTypecheck.passed ? "" : " (FAILED)"}`,
      met: buildAndTypecheck.passed && buildAndTypecheck.wallMs <= TARGETS.atScaleBuildAndTypecheckMs,
    },
    {
      target: `image providers' contract suite ≤ ${TARGETS.imageProvidersContractMs / 1000} s (no slower than before)`,
      measured: `${(imageProviders.wallMs / 1000).toFixed(1)} s${imageProviders.passed ? "" : " (suite FAILED)"}`,
      met: imageProviders.passed && imageProviders.wallMs <= TARGETS.imageProvidersContractMs,
    },
  ];
}
