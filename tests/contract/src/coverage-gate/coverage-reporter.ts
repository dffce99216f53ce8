// Vitest reporter that turns the coverage every passing contract test recorded (`task.meta`) into
// one report per provider project that ran, writes it to coverage/<provider>.json (the full
// artifact), prints a summary that lists only what is missing, and fails the run naming each
// provider with a documented item that has no passing test: one provider's gap fails only it.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Reporter, TestModule, TestRunEndReason, Vitest } from "vitest/node";
import { contractProviders, loadDocument } from "../providers/contract-providers.ts";
import { loadAllowlist } from "./coverage-allowlist.ts";
import { coverageReport, formatCoverageReport } from "./coverage-report.ts";
import type { ContractCoverage } from "./record-coverage.ts";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const reportDirectory = join(packageRoot, "coverage");

export default class ContractCoverageReporter implements Reporter {
  #vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.#vitest = vitest;
  }

  async onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    _errors: unknown,
    reason: TestRunEndReason,
  ): Promise<void> {
    if (reason === "interrupted") return;
    const providers = new Set(contractProviders().map((provider) => provider.name));
    const ranProjects = [...new Set(testModules.map((module) => module.project.name))].filter((name) =>
      providers.has(name),
    );
    if (ranProjects.length === 0) return;

    const keys = new Map<string, Set<string>>();
    const shared = new Map<string, Map<string, string>>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const contract = (test.meta() as { contract?: ContractCoverage }).contract;
        if (!contract || test.result().state !== "passed") continue;
        const ownKeys = keys.get(contract.provider) ?? new Set();
        for (const key of contract.items) ownKeys.add(key);
        keys.set(contract.provider, ownKeys);
        const ownShared = shared.get(contract.provider) ?? new Map();
        for (const [key, via] of Object.entries(contract.shared ?? {})) ownShared.set(key, via);
        shared.set(contract.provider, ownShared);
      }
    }

    // A run narrowed to some files or test names cannot cover everything: report, but do not gate.
    const ran = new Set(testModules.map((module) => module.moduleId));
    const everyFile = (await this.#vitest?.globTestSpecifications()) ?? [];
    const failed: string[] = [];
    mkdirSync(reportDirectory, { recursive: true });
    const lines = ["\nContract coverage:"];
    for (const provider of ranProjects.sort()) {
      const partial =
        everyFile.some((spec) => spec.project.name === provider && !ran.has(spec.moduleId)) ||
        Boolean(this.#vitest?.config.testNamePattern);
      const report = coverageReport(
        provider,
        `packages/${provider}/openapi.json`,
        loadDocument(provider),
        { keys: keys.get(provider) ?? new Set(), shared: shared.get(provider) ?? new Map() },
        loadAllowlist(provider),
      );
      const file = join(reportDirectory, `${provider}.json`);
      writeFileSync(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
      renameSync(`${file}.tmp`, file);
      lines.push(formatCoverageReport(report) + (partial ? "\n      (partial run: gate not enforced)" : ""));
      if (!report.complete && !partial) failed.push(provider);
    }
    lines.push(`  full reports: ${relative(process.cwd(), reportDirectory) || "."}/<provider>.json`);
    console.log(lines.join("\n"));
    if (failed.length) {
      console.error(
        `Contract coverage gate failed for ${failed.join(", ")}: the items marked above have no passing test.`,
      );
      process.exitCode = 1;
    }
  }
}
