// The coverage gate: compares what a document documents with what passing tests covered.

import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { documentedOperations } from "../openapi/documented-operations.ts";
import { type CoverageItem, type CoverageKind, coverageItems } from "./coverage-items.ts";

export interface CoverageReport {
  provider: string;
  document: string;
  /** True when every documented item has a passing contract test. */
  complete: boolean;
  totals: Record<CoverageKind, { documented: number; covered: number }>;
  uncovered: CoverageItem[];
  items: Array<CoverageItem & { covered: boolean }>;
}

const KINDS: CoverageKind[] = ["operation", "status", "example", "dynamic", "request-example", "callback-example"];

export function coverageReport(
  provider: string,
  documentPath: string,
  document: JsonObject,
  covered: ReadonlySet<string>,
): CoverageReport {
  const items = coverageItems(documentedOperations(document)).map((item) => ({
    ...item,
    covered: covered.has(item.key),
  }));
  const totals = Object.fromEntries(
    KINDS.map((kind) => {
      const ofKind = items.filter((item) => item.kind === kind);
      return [kind, { documented: ofKind.length, covered: ofKind.filter((item) => item.covered).length }];
    }),
  ) as CoverageReport["totals"];
  const uncovered = items.filter((item) => !item.covered).map(({ kind, key }) => ({ kind, key }));
  return { provider, document: documentPath, complete: uncovered.length === 0, totals, uncovered, items };
}

export function formatCoverageReport(report: CoverageReport): string {
  const totals = KINDS.filter((kind) => report.totals[kind].documented > 0)
    .map((kind) => `${kind} ${report.totals[kind].covered}/${report.totals[kind].documented}`)
    .join(", ");
  const lines = [`  ${report.complete ? "✓" : "✗"} ${report.provider}: ${totals}`];
  for (const item of report.uncovered) lines.push(`      no contract test: [${item.kind}] ${item.key}`);
  return lines.join("\n");
}
