// Vitest reporter that turns the coverage every passing contract test recorded (`task.meta`) into
// one report per provider, writes it to coverage/<provider>.json, prints it after the run, and
// fails the run when any documented operation, status or example has no passing test.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Reporter, TestModule, TestRunEndReason, Vitest } from "vitest/node";
import { documentPath, loadDocument, PROVIDERS } from "../provider-documents.ts";
import { coverageReport, formatCoverageReport } from "./coverage-report.ts";
import type { ContractCoverage } from "./record-coverage.ts";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");
const reportDirectory = join(packageRoot, "coverage");

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
    const covered = new Map<string, Set<string>>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const contract = (test.meta() as { contract?: ContractCoverage }).contract;
        if (!contract || test.result().state !== "passed") continue;
        const keys = covered.get(contract.provider) ?? new Set();
        for (const key of contract.items) keys.add(key);
        covered.set(contract.provider, keys);
      }
    }

    // A run narrowed to some files or test names cannot cover everything; report, but do not gate.
    const ran = new Set(testModules.map((module) => module.moduleId));
    const everyFile = (await this.#vitest?.globTestSpecifications()) ?? [];
    const partial =
      everyFile.some((specification) => !ran.has(specification.moduleId)) ||
      Boolean(this.#vitest?.config.testNamePattern);
    mkdirSync(reportDirectory, { recursive: true });
    const lines = [`\nContract coverage${partial ? " (partial run: gate not enforced)" : ""}:`];
    let complete = true;
    for (const provider of PROVIDERS) {
      const path = documentPath(provider);
      const report = coverageReport(
        provider,
        relative(packageRoot, path),
        loadDocument(provider),
        covered.get(provider) ?? new Set(),
      );
      const file = join(reportDirectory, `${provider}.json`);
      writeFileSync(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
      renameSync(`${file}.tmp`, file);
      lines.push(formatCoverageReport(report));
      complete &&= report.complete;
    }
    lines.push(`  reports: ${relative(process.cwd(), reportDirectory) || "."}/<provider>.json`);
    console.log(lines.join("\n"));
    if (!complete && !partial) {
      console.error("Contract coverage gate failed: the items above marked ✗ have no passing contract test.");
      process.exitCode = 1;
    }
  }
}
