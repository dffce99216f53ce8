// README examples are run, not only compiled: scripts/docs/run-readme-examples.ts against Prism
// mocks of the documents the blocks import.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readmePaths } from "../../docs/readme-files.ts";
import { runReadmeExamples } from "../../docs/run-readme-examples.ts";
import { repoRoot } from "../../pipeline/provider-spec.ts";

const fixtures = join(import.meta.dirname, "fixtures");

// Each group starts a Prism mock and each block a Node process: tens of seconds on a busy machine.
describe("README example runner", { timeout: 300_000 }, () => {
  it("fails a block that throws or leaves loopback, passes one that works, skips no-run", async () => {
    const result = await runReadmeExamples([join(fixtures, "runs.md")]);
    expect(result.ran).toBe(3);
    expect(result.notRun).toHaveLength(1);
    const failed = result.failures.map(({ block }) => block.code);
    expect(failed).toHaveLength(2);
    expect(failed[0]).toContain("createImage");
    expect(failed[1]).toContain('fetch("https://api.flamel.app/")');
    expect(result.failures[1]!.output).toContain("examples run against loopback mocks only");
  });

  it("every README block that is run succeeds against its mock", async () => {
    const { ran, failures } = await runReadmeExamples(await readmePaths(repoRoot));
    expect(failures.map(({ block, output }) => `${block.file}:${block.line}\n${output}`)).toEqual([]);
    expect(ran).toBeGreaterThan(20);
  });
});
