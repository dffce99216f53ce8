// The contract suite's cost: how long one Prism mock takes to start and answer, per provider
// (started exactly as the suite starts it, with the one launcher, image-to-prompt's `./prism`), and the wall
// time of the whole suite as `pnpm test` runs it.
import { startPrism } from "@image-sdk/image-to-prompt/prism";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { listProviders } from "@image-sdk/scripts/repo/providers.ts";
import { median } from "./median.ts";
import { runSampled } from "./process-tree-memory.ts";

export interface ContractSuite {
  /** Median ms from spawning Prism to its first HTTP answer, per provider. */
  prismStartMs: Record<string, number>;
  prismStartsPerProvider: number;
  /** Peak: the largest sampled sum over the run's whole process tree (mocks, workers). */
  suite: { wallMs: number; peakTreeMiB: number; passed: boolean };
}

export async function benchContractSuite(startsPerProvider: number): Promise<ContractSuite> {
  const prismStartMs: Record<string, number> = {};
  for (const provider of listProviders()) {
    const times: number[] = [];
    for (let i = 0; i < startsPerProvider; i++) {
      const started = performance.now();
      const server = await startPrism({ document: provider.paths.document });
      times.push(performance.now() - started);
      await server.stop();
    }
    prismStartMs[provider.name] = median(times);
  }
  // `pnpm` as on the command line: the repo's pinned one is on PATH inside `pnpm bench`.
  const run = await runSampled("pnpm", ["--filter", "@image-sdk/contract-tests", "test"], { cwd: repoRoot });
  if (run.code !== 0)
    process.stderr.write(
      `warning: the contract suite failed; its time is reported anyway\n${run.output.slice(-2000)}\n`,
    );
  return {
    prismStartMs,
    prismStartsPerProvider: startsPerProvider,
    suite: { wallMs: run.wallMs, peakTreeMiB: run.peakTreeMiB, passed: run.code === 0 },
  };
}
