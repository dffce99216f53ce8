// A new provider's lint findings become relaxations for that provider only, in redocly.yaml,
// commented with the findings; everything else in redocly.yaml stays as it was.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { addLintEntries, type Relaxations, reviewItems, strictFindings } from "../../new-provider/lint-relaxations.ts";
import { createTempRepo, type TempRepo } from "../pipeline/temp-repo.ts";

let repo: TempRepo;
let work: string;
let findings: Relaxations;

beforeAll(async () => {
  repo = await createTempRepo([]);
  work = await mkdtemp(join(tmpdir(), "image-sdk-lint-relaxations-"));
  await repo.write("gallery.yaml", await readFile(join(import.meta.dirname, "fixtures/gallery/openapi.yaml"), "utf8"));
  findings = await strictFindings(repo.root, repo.path("gallery.yaml"), work);
});
afterAll(async () => {
  await repo.remove();
  await rm(work, { recursive: true, force: true });
});

describe("lint relaxations of a new provider", () => {
  it("finds what the strict root rules fail, by rule, with where", () => {
    expect([...findings.keys()]).toEqual(["info-license"]);
    expect(findings.get("info-license")).toEqual([
      { location: "gallery.yaml:2:1", message: "Info object should contain `license` field." },
    ]);
  });

  it("adds both entries, each rule commented with its findings, and leaves the rest as it was", async () => {
    const before = await repo.read("redocly.yaml");
    const many: Relaxations = new Map([
      ...findings,
      [
        "no-unused-components",
        Array.from({ length: 5 }, (_, index) => ({ location: `x.yaml:${index + 1}:1`, message: `unused ${index}` })),
      ],
    ]);
    await addLintEntries(
      repo.root,
      "gallery",
      { root: "specs/gallery/upstream/openapi.yaml", relaxations: many },
      { root: "packages/gallery/openapi.json", relaxations: new Map() },
    );
    const after = await repo.read("redocly.yaml");
    expect(after.startsWith(before.trimEnd())).toBe(true);
    const added = after.slice(before.trimEnd().length);
    expect(added).toContain(
      "# Upstream: 1 finding. Correct in specs/gallery/overlay.yaml, then remove this relaxation.",
    );
    expect(added).toContain("# gallery.yaml:2:1: Info object should contain `license` field.");
    expect(added).toContain("# x.yaml:3:1: unused 2");
    expect(added).not.toContain("x.yaml:4:1");
    expect(added).toContain("# … and 2 more");
    const { apis } = parse(after);
    expect(apis.gallery).toEqual({
      root: "specs/gallery/upstream/openapi.yaml",
      rules: { "info-license": "warn", "no-unused-components": "warn" },
    });
    expect(apis["gallery@corrected"]).toEqual({ root: "packages/gallery/openapi.json" });
    expect(reviewItems(many)[1]).toMatch(/^no-unused-components \(5\):\n {4}x\.yaml:1:1: unused 0\n/);
  });
});
