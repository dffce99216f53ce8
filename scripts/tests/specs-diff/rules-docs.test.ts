import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  readmeFile,
  renderRuleSummary,
  renderRulesMarkdown,
  rulesFile,
  withRuleSummary,
} from "../../specs-diff/render-rules.ts";
import { rules } from "../../specs-diff/rules.ts";

// RULES.md and the README's rule summary are rendered from the rules table; a row added, changed
// or removed without `node scripts/specs-diff/render-rules.ts` fails here.
describe("the rules table's documents", () => {
  it("scripts/specs-diff/RULES.md is current", async () => {
    expect(await readFile(rulesFile, "utf8")).toBe(renderRulesMarkdown());
  });

  it("the README's rule summary is current", async () => {
    const readme = await readFile(readmeFile, "utf8");
    expect(readme).toContain(renderRuleSummary());
    expect(withRuleSummary(readme)).toBe(readme);
  });

  it("name every rule once, and no two rules share an id", () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rows = renderRulesMarkdown()
      .split("\n")
      .map((line) => /^\| `([^`]+)`/.exec(line)?.[1])
      .filter((id) => id !== undefined);
    expect(rows).toEqual(ids);
  });
});
