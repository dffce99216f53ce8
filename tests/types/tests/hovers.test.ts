// What an editor shows on hover over a user's code against the built provider packages: names
// for results and errors, `error.status` as the documented statuses, never a generic expansion.
// The same fixtures carry type-level checks that narrowing by status still works: after
// `err.status === S` for a documented S, `err` is exactly the documented member (S, its codes or
// any other text); for an undocumented status, any code. A compiler error there fails the test.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { providerHovers } from "../src/provider-hovers.ts";

const providers = await providerHovers();

it("covers every provider package, each a dependency so turbo builds it first", async () => {
  expect(providers.length).toBeGreaterThan(0);
  const manifest = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as {
    devDependencies: Record<string, string>;
  };
  for (const { provider } of providers)
    expect(Object.keys(manifest.devDependencies)).toContain(provider.names.packageName);
});

describe.each(providers)("$provider.names.packageName", ({ provider, fixture, report }) => {
  it("type-checks: narrowing by status leaves the documented member", () => {
    // A document with no error status has only the undocumented-status check to narrow by.
    const documentsStatuses = [...provider.documented.keys()].some((status) => /^\d+$/.test(status));
    expect(fixture.source).toContain(documentsStatuses ? "Equal<typeof err, ApiError<" : "Equal<typeof err.status, ");
    expect(report.diagnostics).toEqual([]);
  });

  it("has a hover at every marker", () => {
    expect(report.hovers.map((hover) => hover.label)).toEqual(fixture.expectations.map((e) => e.label));
  });

  it.each(fixture.expectations)("$label: names, not an expansion", (expectation) => {
    const hover = report.hovers.find((candidate) => candidate.label === expectation.label);
    const text = hover?.text ?? "";
    for (const part of expectation.contains) expect(text).toContain(part);
    for (const part of expectation.excludes) expect(text).not.toContain(part);
    expect(text.length, text).toBeLessThanOrEqual(expectation.maxLength);
  });
});
