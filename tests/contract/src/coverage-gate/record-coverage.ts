// How a test claims the coverage items it exercised. The reporter only counts tests that passed.
import type { TestContext } from "vitest";

export interface ContractCoverage {
  provider: string;
  items: string[];
}

declare module "vitest" {
  interface TaskMeta {
    contract?: ContractCoverage;
  }
}

export function recordCoverage(task: TestContext["task"], provider: string, items: string[]): void {
  const existing = task.meta.contract?.items ?? [];
  task.meta.contract = { provider, items: [...existing, ...items] };
}
