// The coverage gate of one provider: what its document documents against what passing tests
// covered, minus what its allowlist excuses (with the reason).

import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { documentedOperations, documentedWebhooks } from "../openapi/documented-operations.ts";
import type { CoverageAllowlist } from "./coverage-allowlist.ts";
import { type CoverageItem, type CoverageKind, coverageItems } from "./coverage-items.ts";

export interface CoveredItems {
  keys: ReadonlySet<string>;
  /** Items covered through a shared `components/responses` entry, and how. */
  shared: ReadonlyMap<string, string>;
}

export interface ReportItem extends CoverageItem {
  state: "covered" | "allowed" | "missing";
  /** For an item covered through a shared response: which one, exercised by which operation. */
  via?: string;
  /** For an allowlisted item: why no test covers it. */
  reason?: string;
}

export interface CoverageReport {
  provider: string;
  document: string;
  /** True when every documented item has a passing contract test or an allowlist reason, and no entry is stale. */
  complete: boolean;
  totals: Record<CoverageKind, { documented: number; covered: number; allowed: number; shared: number }>;
  uncovered: CoverageItem[];
  allowed: Array<CoverageItem & { reason: string }>;
  /** Allowlist entries that name no documented item. */
  staleAllowlist: string[];
  items: ReportItem[];
}

const KINDS: CoverageKind[] = [
  "operation",
  "status",
  "example",
  "dynamic",
  "request-example",
  "callback-example",
  "webhook-example",
];

export function coverageReport(
  provider: string,
  documentPath: string,
  document: JsonObject,
  covered: CoveredItems,
  allowlist: CoverageAllowlist,
): CoverageReport {
  const items = coverageItems(documentedOperations(document), documentedWebhooks(document)).map((item): ReportItem => {
    if (covered.keys.has(item.key)) {
      const via = covered.shared.get(item.key);
      return { ...item, state: "covered", ...(via ? { via } : {}) };
    }
    const reason = allowlist.reasonFor(item.key);
    return reason === undefined ? { ...item, state: "missing" } : { ...item, state: "allowed", reason };
  });
  const documented = new Set(items.map((item) => item.key));
  const staleAllowlist = allowlist.entries.map((entry) => entry.item).filter((item) => !documented.has(item));
  const totals = Object.fromEntries(
    KINDS.map((kind) => {
      const ofKind = items.filter((item) => item.kind === kind);
      const count = (predicate: (item: ReportItem) => boolean) => ofKind.filter(predicate).length;
      return [
        kind,
        {
          documented: ofKind.length,
          covered: count((item) => item.state === "covered"),
          allowed: count((item) => item.state === "allowed"),
          shared: count((item) => item.via !== undefined),
        },
      ];
    }),
  ) as CoverageReport["totals"];
  const uncovered = items.filter((item) => item.state === "missing").map(({ kind, key }) => ({ kind, key }));
  const allowed = items.flatMap((item) =>
    item.state === "allowed" ? [{ kind: item.kind, key: item.key, reason: item.reason! }] : [],
  );
  return {
    provider,
    document: documentPath,
    complete: uncovered.length === 0 && staleAllowlist.length === 0,
    totals,
    uncovered,
    allowed,
    staleAllowlist,
    items,
  };
}

/** Listed one per line up to here; the rest are counted (the JSON report has them all). */
const LISTED = 50;

function listed(lines: string[]): string[] {
  return lines.length > LISTED ? [...lines.slice(0, LISTED), `      … and ${lines.length - LISTED} more`] : lines;
}

/** The per-provider summary: totals, then only what is missing, stale or allowlisted (with reasons). */
export function formatCoverageReport(report: CoverageReport): string {
  const totals = KINDS.filter((kind) => report.totals[kind].documented > 0)
    .map((kind) => {
      const { documented, covered, allowed, shared } = report.totals[kind];
      const notes = [shared ? `${shared} via shared responses` : "", allowed ? `${allowed} allowlisted` : ""]
        .filter(Boolean)
        .join(", ");
      return `${kind} ${covered}/${documented}${notes ? ` (${notes})` : ""}`;
    })
    .join(", ");
  return [
    `  ${report.complete ? "✓" : "✗"} ${report.provider}: ${totals}`,
    ...listed(report.uncovered.map((item) => `      no contract test: [${item.kind}] ${item.key}`)),
    ...report.staleAllowlist.map((item) => `      allowlist entry matches nothing documented: ${item}`),
    ...listed(report.allowed.map((item) => `      allowlisted: [${item.kind}] ${item.key}: ${item.reason}`)),
  ].join("\n");
}
