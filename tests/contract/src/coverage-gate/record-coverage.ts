// How a test claims the coverage items it exercised. The reporter only counts tests that passed.
import type { TestContext } from "vitest";

export interface ContractCoverage {
  provider: string;
  items: string[];
  /** Items covered through a shared response: item → the `$ref` and the operation that exercised it. */
  shared?: Record<string, string>;
}

declare module "vitest" {
  interface TaskMeta {
    contract?: ContractCoverage;
  }
}

export function recordCoverage(
  task: TestContext["task"],
  provider: string,
  items: string[],
  shared: Record<string, string> = {},
): void {
  const existing = task.meta.contract;
  task.meta.contract = {
    provider,
    items: [...(existing?.items ?? []), ...items],
    shared: { ...existing?.shared, ...shared },
  };
}
