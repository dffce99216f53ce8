// `pnpm --filter @image-sdk/contract-tests test [--project <name>]… [vitest options]`
// Generates the typed calls, then runs the vitest projects (`harness`, and each provider discovered
// from specs/*) in vitest processes one after another. A provider's Prism mock lives only while its
// process runs, so the suite's memory is the largest provider's, not the sum: a provider with a
// large document runs alone; providers with small documents (a mock of ~150 MiB) share one process
// with the harness, which saves a vitest start each. The summary names every project that failed,
// from each provider's report (its gate and its failed tests), so one provider's failure names it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { reportDirectory } from "./coverage-gate/coverage-reporter.ts";
import { generateContractCalls } from "./generate-calls/cli.ts";
import { contractProvider, contractProviders } from "./providers/contract-providers.ts";

/** Documents above this size get a vitest process (and so a memory peak) of their own. */
const SHARED_PROCESS_MAX_BYTES = 1024 * 1024;

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const vitest = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");

function parseArguments(argv: string[]): { projects: string[]; vitestArgs: string[] } {
  const projects: string[] = [];
  const vitestArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === "--project") projects.push(argv[++i] ?? "");
    else if (argument.startsWith("--project=")) projects.push(argument.slice("--project=".length));
    else if (argument !== "--") vitestArgs.push(argument);
  }
  return { projects, vitestArgs };
}

function runProjects(projects: string[], vitestArgs: string[]): Promise<number> {
  const selection = projects.flatMap((project) => ["--project", project]);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitest, "run", ...selection, ...vitestArgs], {
      cwd: packageRoot,
      stdio: "inherit",
    });
    // An interrupted suite interrupts the run in progress (its teardown stops the mock).
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, forward);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      for (const name of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(name, forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const providers = contractProviders().map((provider) => provider.name);
const known = ["harness", ...providers];
const { projects, vitestArgs } = parseArguments(process.argv.slice(2));
const unknown = projects.filter((project) => !known.includes(project));
if (unknown.length) {
  console.error(
    `No contract project ${unknown.map((p) => `"${p}"`).join(", ")}; the projects are: ${known.join(", ")}`,
  );
  process.exit(2);
}
const selected = projects.length ? projects : known;
generateContractCalls(selected.filter((project) => project !== "harness"));

const small = (project: string) =>
  project === "harness" || statSync(contractProvider(project).paths.document).size <= SHARED_PROCESS_MAX_BYTES;
const batches = [selected.filter(small), ...selected.filter((project) => !small(project)).map((project) => [project])];

/** A provider failed when its report says so; a run that wrote no report failed as a whole. */
function providerFailed(provider: string, exitCode: number): boolean {
  const file = join(reportDirectory, `${provider}.json`);
  if (!existsSync(file)) return exitCode !== 0;
  const report = JSON.parse(readFileSync(file, "utf8")) as { complete: boolean; failedTests: number };
  return !report.complete || report.failedTests > 0;
}

const failed: string[] = [];
for (const batch of batches.filter((projects) => projects.length > 0)) {
  for (const provider of batch) rmSync(join(reportDirectory, `${provider}.json`), { force: true });
  const exitCode = await runProjects(batch, vitestArgs);
  const failedProviders = batch.filter((project) => project !== "harness" && providerFailed(project, exitCode));
  failed.push(...failedProviders);
  // What no provider's report explains (a harness test, a crashed run) is the batch's own failure.
  if (exitCode !== 0 && failedProviders.length === 0) failed.push(...(batch.includes("harness") ? ["harness"] : batch));
}
console.log(
  `\nContract suite: ${selected.map((project) => `${failed.includes(project) ? "✗" : "✓"} ${project}`).join(", ")}`,
);
if (failed.length) {
  console.error(`Contract suite failed for: ${failed.join(", ")}`);
  process.exitCode = 1;
}
