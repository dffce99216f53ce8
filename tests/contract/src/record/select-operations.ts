// Which operations a recording run calls. Safe by default: only the methods that cost nothing and
// change nothing (GET, HEAD, OPTIONS); any other operation only when record.yaml names it, with
// its body and its cap. `--operations` narrows the set further, never widens it; `--free-only`
// (the scheduled drift job) leaves record.yaml's paid operations out too.
import type { DocumentedOperation } from "../openapi/documented-operations.ts";
import type { PaidOperation, RecordConfig } from "./record-config.ts";

const FREE_METHODS = new Set(["get", "head", "options"]);

export interface PlannedCall {
  operation: DocumentedOperation;
  /** Set for an operation record.yaml allows: its body, cap and cost. */
  paid: PaidOperation | undefined;
}

export interface SkippedOperation {
  key: string;
  reason: string;
}

export interface Selection {
  calls: PlannedCall[];
  skipped: SkippedOperation[];
}

export function isFreeMethod(method: string): boolean {
  return FREE_METHODS.has(method.toLowerCase());
}

export function selectOperations(
  operations: DocumentedOperation[],
  config: RecordConfig,
  only: string[] | undefined,
  freeOnly = false,
): Selection {
  const keys = new Set(operations.map((operation) => operation.key));
  const unknown = [...(only ?? []), ...config.paid.map((paid) => paid.key)].filter((key) => !keys.has(key));
  if (unknown.length) {
    throw new Error(
      `not an operation of the document: ${unknown.map((key) => `"${key}"`).join(", ")}; the operations are: ${[...keys].join(", ")}`,
    );
  }
  const calls: PlannedCall[] = [];
  const skipped: SkippedOperation[] = [];
  for (const operation of operations) {
    if (only && !only.includes(operation.key)) continue;
    const paid = freeOnly ? undefined : config.paid.find((entry) => entry.key === operation.key);
    if (isFreeMethod(operation.method) || paid) calls.push({ operation, paid });
    else {
      const why = freeOnly ? "--free-only" : `not named in ${config.file}`;
      skipped.push({ key: operation.key, reason: `may spend credits or change state; ${why}` });
    }
  }
  return { calls, skipped };
}
