// Size budgets are enforced here rather than in `pnpm bench`: bundle sizes are deterministic, so
// unlike speed they can gate CI. The provider packages' dist/ comes from their build (turbo runs
// it first: they are this package's workspace dependencies).

import { listProviders } from "@image-sdk/scripts/repo/providers.ts";
import { expect, test } from "vitest";
import budgets from "../size-budgets.json" with { type: "json" };
import { measureProviderSize } from "../src/bundle-size.ts";

const providers = listProviders();
const gzipBudgets: Record<string, number> = budgets.gzipBytes;

test("every provider package has a size budget, and every budget a provider", () => {
  expect(Object.keys(gzipBudgets).sort()).toEqual(providers.map((provider) => provider.name));
});

test.for(providers)("$name: a browser app making one call stays within its gzip budget", async (provider) => {
  const size = await measureProviderSize(provider);
  const detail =
    `${provider.names.packageName}: ${size.client.gzipBytes} B gzipped, budget ${gzipBudgets[provider.name]} B ` +
    `(bare openapi-fetch, same call: ${size.openapiFetch.gzipBytes} B); minified bytes by package: ${JSON.stringify(size.client.bytesByPackage)}`;
  expect(size.client.gzipBytes, detail).toBeLessThanOrEqual(gzipBudgets[provider.name]!);
});
