import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { extractTypeScriptBlocks } from "../../docs/code-blocks.ts";
import { typeCheckExamples } from "../../docs/type-check-examples.ts";
import { repoRoot } from "../../pipeline/provider-spec.ts";

const fixtures = join(import.meta.dirname, "fixtures");
const cli = join(repoRoot, "scripts", "docs", "check-readme-examples.ts");

async function fixtureBlocks(name: string) {
  const markdown = await readFile(join(fixtures, name), "utf8");
  return { markdown, blocks: extractTypeScriptBlocks(markdown, name) };
}

/** 1-based line of the first line of `markdown` that contains `text`. */
function lineOf(markdown: string, text: string): number {
  const index = markdown.split("\n").findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`fixture has no line containing ${text}`);
  return index + 1;
}

describe("README example checker", () => {
  it("compiles good examples and reports broken ones at their README line", async () => {
    const compiles = await fixtureBlocks("compiles.md");
    const broken = await fixtureBlocks("broken.md");

    // One compilation for both fixtures: each block is its own module, so they cannot interfere.
    const result = await typeCheckExamples([...compiles.blocks, ...broken.blocks], repoRoot);

    expect(result.typeChecked).toBe(4);
    expect(result.skipped).toBe(1);
    expect(result.diagnostics.filter((d) => d.file === "compiles.md")).toEqual([]);
    expect(result.diagnostics.map(({ file, line, code }) => ({ file, line, code }))).toEqual([
      // Type 'string' is not assignable to type 'number'.
      { file: "broken.md", line: lineOf(broken.markdown, `"three"`), code: 2322 },
      // @image-sdk/core resolved to the workspace package (else TS2307), which has no such export.
      { file: "broken.md", line: lineOf(broken.markdown, "import { NoSuchExport }"), code: 2305 },
    ]);
  });

  it("exits non-zero and names the file, line and error on the command line", async () => {
    const run = promisify(execFile)(process.execPath, [cli, join(fixtures, "broken.md")], { cwd: repoRoot });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`scripts/tests/docs/fixtures/broken.md:${lineOf(await readFile(join(fixtures, "broken.md"), "utf8"), `"three"`)}:`);
    expect(failure?.stderr).toContain("TS2322");
    expect(failure?.stdout).toContain("2 errors");
  });
});
