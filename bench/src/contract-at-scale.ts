// Contract suite at scale: DigitalOcean's public API document (hundreds of operations, thousands
// of documented statuses) added as one more provider with `pnpm new-provider`, in a scratch copy
// of the committed repo with its own install, then built and type-checked, then its contract
// suite run; and, in the same copy, the image providers' suite, which must not get slower for it.
// Each run is timed with the memory of its whole process tree (every Prism mock and vitest worker
// it starts), sampled, not the largest single process.
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { providersUnderContract } from "@image-sdk/scripts/ci/providers-matrix.ts";
import { operationMethods } from "@image-sdk/scripts/repo/operation-methods.ts";
import { createRepoCopy } from "@image-sdk/test-support/repo-copy";
import { DIGITALOCEAN_ROOT_FILE } from "./digitalocean-document.ts";
import { runSampled, type SampledRun } from "./process-tree-memory.ts";

const PROVIDER = "digitalocean";
const ROOT_FILE = DIGITALOCEAN_ROOT_FILE;

export interface MeasuredStep {
  command: string;
  wallMs: number;
  peakTreeMiB: number;
  processesAtPeak: number;
  passed: boolean;
}

export interface SuiteRun extends MeasuredStep {
  /** Tests vitest ran (passed + failed), summed over the suite's runs. */
  testsRun: number;
  testsFailed: number;
}

export interface ContractAtScale {
  provider: string;
  document: { operations: number; documentedStatuses: number };
  /** spec:lint, spec:bundle, generate: reported, no target (the pipeline-at-scale section has its own). */
  specSteps: MeasuredStep;
  buildAndTypecheck: MeasuredStep;
  contract: SuiteRun & {
    /** From the suite's coverage artifact: documented items with a passing test, of all. */
    covered: number;
    documented: number;
  };
  imageProviders: SuiteRun & { providers: string[] };
}

type Document = { paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>> };

function documentSize(document: Document): ContractAtScale["document"] {
  const operations = Object.values(document.paths ?? {}).flatMap((item) =>
    operationMethods.flatMap((method) => (item[method] ? [item[method]] : [])),
  );
  return {
    operations: operations.length,
    documentedStatuses: operations.reduce((sum, operation) => sum + Object.keys(operation.responses ?? {}).length, 0),
  };
}

/** vitest's summary line per run: "Tests  3 failed | 640 passed (643)". */
function testCounts(output: string): { testsRun: number; testsFailed: number } {
  let testsRun = 0;
  let testsFailed = 0;
  for (const [line] of output.matchAll(/^\s*Tests\s+.*\(\d+\)\s*$/gm)) {
    testsRun += Number(/\((\d+)\)\s*$/.exec(line)![1]);
    testsFailed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
  }
  return { testsRun, testsFailed };
}

function step(command: string, run: SampledRun): MeasuredStep {
  return {
    command,
    wallMs: run.wallMs,
    peakTreeMiB: run.peakTreeMiB,
    processesAtPeak: run.processesAtPeak,
    passed: run.code === 0,
  };
}

function warnOnFailure(what: string, run: SampledRun): void {
  if (run.code !== 0)
    process.stderr.write(`warning: ${what} failed; its figures are reported anyway\n${run.output.slice(-3000)}\n`);
}

/** `digitalOceanSpecs`: the document's `specification/` folder (digitalocean-document.ts). */
export async function benchContractAtScale(digitalOceanSpecs: string): Promise<ContractAtScale> {
  const copy = await createRepoCopy({ install: "none" });
  const inCopy = { cwd: copy.root };
  const turbo = join(copy.root, "node_modules", ".bin", "turbo");
  const setup = async (command: string, args: string[]) => {
    const run = await runSampled(command, args, inCopy);
    if (run.code !== 0)
      throw new Error(`${command} ${args.join(" ")} failed in ${copy.root}:\n${run.output.slice(-4000)}`);
  };
  try {
    // Setup, not measured: the scaffold, which installs the copy (from the shared store), adds the
    // package, installs again and builds it, core included.
    const imageProviders = await providersUnderContract(copy.root);
    await setup("pnpm", ["new-provider", PROVIDER, "--spec", join(digitalOceanSpecs, ROOT_FILE)]);
    // What Prism cannot answer against DigitalOcean's own schemas, each with Prism's reason: the
    // allowlist a team adopting this document would commit with it (printed in the report).
    const allowlistDir = join(copy.root, "tests", "contract", "allowlist");
    await mkdir(allowlistDir, { recursive: true });
    await copyFile(
      join(import.meta.dirname, "..", "fixtures", PROVIDER, "contract-allowlist.json"),
      join(allowlistDir, `${PROVIDER}.json`),
    );

    // The provider's own tasks, run again (`--force`), and nothing else (`--only`: no task they
    // depend on, such as core's build, which every provider shares): first the spec steps, then
    // what the target is about, tsup's build and tsc on the generated client.
    const turboArgs = (tasks: string[]) => [
      "run",
      ...tasks,
      `--filter=@image-sdk/${PROVIDER}`,
      "--only",
      "--force",
      "--output-logs=errors-only",
    ];
    const specArgs = turboArgs(["spec:lint", "spec:bundle", "generate"]);
    const specSteps = await runSampled(turbo, specArgs, inCopy);
    warnOnFailure(`the ${PROVIDER} spec steps`, specSteps);
    const buildArgs = turboArgs(["build", "typecheck"]);
    const build = await runSampled(turbo, buildArgs, inCopy);
    warnOnFailure(`the ${PROVIDER} build`, build);
    // The suite imports every provider's package: build the rest, not measured.
    await setup(turbo, ["run", "build", "--filter=@image-sdk/contract-tests^...", "--output-logs=errors-only"]);

    const suite = (providers: string[]) => [
      "--filter",
      "@image-sdk/contract-tests",
      "test",
      ...providers.flatMap((provider) => ["--project", provider]),
    ];
    const contract = await runSampled("pnpm", suite([PROVIDER]), inCopy);
    warnOnFailure(`the ${PROVIDER} contract suite`, contract);
    const images = await runSampled("pnpm", suite(imageProviders), inCopy);
    warnOnFailure("the image providers' contract suite", images);

    const document = JSON.parse(
      await readFile(join(copy.root, "packages", PROVIDER, "openapi.json"), "utf8"),
    ) as Document;
    // The suite's full report: per kind of item (operations, statuses, examples, …), how many are
    // documented and how many have a passing test. A suite that died before writing it covered nothing.
    const report = join(copy.root, "tests", "contract", "coverage", `${PROVIDER}.json`);
    const coverage = (await readFile(report, "utf8").then(JSON.parse, () => ({ totals: {} }))) as {
      totals: Record<string, { documented: number; covered: number }>;
    };
    const totals = Object.values(coverage.totals);
    return {
      provider: PROVIDER,
      document: documentSize(document),
      specSteps: step(`turbo ${specArgs.join(" ")}`, specSteps),
      buildAndTypecheck: step(`turbo ${buildArgs.join(" ")}`, build),
      contract: {
        ...step(`pnpm ${suite([PROVIDER]).join(" ")}`, contract),
        ...testCounts(contract.output),
        covered: totals.reduce((sum, kind) => sum + kind.covered, 0),
        documented: totals.reduce((sum, kind) => sum + kind.documented, 0),
      },
      imageProviders: {
        ...step(`pnpm ${suite(imageProviders).join(" ")}`, images),
        ...testCounts(images.output),
        providers: imageProviders,
      },
    };
  } finally {
    await copy.remove();
  }
}
