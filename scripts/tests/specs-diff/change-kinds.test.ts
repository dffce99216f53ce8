import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleDocument } from "../../repo/load-document.ts";
import type { Change } from "../../specs-diff/change.ts";
import { diffDocuments } from "../../specs-diff/diff-documents.ts";
import { kindOf, rules } from "../../specs-diff/rules.ts";
import { bumpFor } from "../../specs-diff/semver-bump.ts";
import { typeCheckFindings } from "../../specs-diff/type-check.ts";

// Hand-made OLD/NEW pairs, one file per rule family, each with the classification a reviewer
// expects: every change (kind, location, breaking, and the rule when the case names them) and the
// bump. Nothing else may be reported.
interface Case {
  about: string;
  old: Record<string, unknown>;
  new: Record<string, unknown>;
  currentVersion?: string;
  /** Also run the second opinion (`--typecheck`). */
  typecheck?: boolean;
  expected: { bump: string; changes: Array<{ kind: string; rule?: string; breaking: boolean; location: string }> };
}

const dir = join(import.meta.dirname, "fixtures", "cases");
const cases = readdirSync(dir)
  .filter((name) => name.endsWith(".yaml"))
  .sort()
  .map((name) => ({ name, ...(parse(readFileSync(join(dir, name), "utf8")) as Case) }));

const sorted = <T extends { kind: string; location: string }>(list: T[]) =>
  [...list].sort((a, b) => `${a.kind} ${a.location}`.localeCompare(`${b.kind} ${b.location}`));

// Each case is classified once, for its own test and for the rules-table coverage below: a
// --typecheck case generates types and compiles them, seconds on a busy machine.
const classified = new Map<string, Promise<Change[]>>();
function classify(testCase: Case & { name: string }): Promise<Change[]> {
  let changes = classified.get(testCase.name);
  if (!changes) {
    changes = classifyOnce(testCase);
    classified.set(testCase.name, changes);
  }
  return changes;
}

async function classifyOnce(testCase: Case & { name: string }): Promise<Change[]> {
  const source = join(dir, testCase.name);
  const [before, after] = await Promise.all([
    bundleDocument(JSON.stringify(testCase.old), source),
    bundleDocument(JSON.stringify(testCase.new), source),
  ]);
  const changes = diffDocuments(before, after);
  if (testCase.typecheck) changes.push(...(await typeCheckFindings(before, after, changes)));
  return changes;
}

describe.each(cases)("$name", (testCase) => {
  it(testCase.about, async () => {
    const changes = await classify(testCase);
    const namesRules = testCase.expected.changes.every((change) => change.rule !== undefined);
    expect(
      sorted(
        changes.map(({ kind, rule, breaking, location }) =>
          namesRules ? { kind, rule, breaking, location } : { kind, breaking, location },
        ),
      ),
    ).toEqual(sorted(testCase.expected.changes));
    expect(bumpFor(changes, testCase.currentVersion)).toBe(testCase.expected.bump);
    for (const change of changes) expect(change.message).toMatch(/\S/);
  });
});

describe("the fixtures", () => {
  it("cover every change kind the engine reports", () => {
    const covered = new Set(cases.flatMap((testCase) => testCase.expected.changes.map((change) => change.kind)));
    expect([...new Set(rules.map(kindOf))].filter((kind) => !covered.has(kind))).toEqual([]);
  });

  it("exercise every row of the rules table", async () => {
    const judged = new Set((await Promise.all(cases.map(classify))).flat().map((change) => change.rule));
    expect(rules.map((rule) => rule.id).filter((id) => !judged.has(id))).toEqual([]);
  });
});
