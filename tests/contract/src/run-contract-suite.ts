// `pnpm --filter @image-sdk/contract-tests test [--project <name>]… [vitest options]`
// Generates the typed calls, then runs the vitest projects one after another, each in its own
// vitest process: `harness`, then each provider discovered from specs/*. A provider's Prism mock
// lives only while its project runs, so the suite's memory is the largest provider's, not the sum;
// one provider's failure fails only its own run, and the summary names every provider that failed.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateContractCalls } from "./generate-calls/cli.ts";
import { contractProviders } from "./providers/contract-providers.ts";

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

function runProject(project: string, vitestArgs: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitest, "run", "--project", project, ...vitestArgs], {
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

const failed: string[] = [];
for (const project of selected) {
  if ((await runProject(project, vitestArgs)) !== 0) failed.push(project);
}
console.log(
  `\nContract suite: ${selected.map((project) => `${failed.includes(project) ? "✗" : "✓"} ${project}`).join(", ")}`,
);
if (failed.length) {
  console.error(`Contract suite failed for: ${failed.join(", ")}`);
  process.exitCode = 1;
}
