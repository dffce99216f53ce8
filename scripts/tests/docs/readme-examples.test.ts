import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { extractTypeScriptBlocks } from "../../docs/code-blocks.ts";
import { repoRoot } from "../../pipeline/provider-spec.ts";

const fixtures = join(import.meta.dirname, "fixtures");
const cli = join(repoRoot, "scripts", "docs", "check-readme-examples.ts");

interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

async function runChecker(...files: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...files], { cwd: repoRoot });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { exitCode: code, stdout, stderr };
  }
}

/** 1-based line of the first line of `markdown` that contains `text`. */
function lineOf(markdown: string, text: string): number {
  const index = markdown.split("\n").findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`fixture has no line containing ${text}`);
  return index + 1;
}

// Each run starts tsc over the examples: seconds, more on a busy machine.
describe("README example checker", { timeout: 60_000 }, () => {
  it("compiles good examples and reports broken ones at their README line", async () => {
    const broken = await readFile(join(fixtures, "broken.md"), "utf8");
    // One compilation for both fixtures: each block is its own module, so they cannot interfere.
    const run = await runChecker(join(fixtures, "compiles.md"), join(fixtures, "broken.md"));

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("4 type-checked, 1 marked no-check, 2 errors");
    const reported = run.stderr
      .trim()
      .split("\n")
      .map((line) => /^(\S+):(\d+):\d+ TS(\d+):/.exec(line)?.slice(1));
    expect(reported).toEqual([
      // Type 'string' is not assignable to type 'number'.
      ["scripts/tests/docs/fixtures/broken.md", String(lineOf(broken, `"three"`)), "2322"],
      // @image-sdk/core resolved to the workspace package (else TS2307), which has no such export.
      ["scripts/tests/docs/fixtures/broken.md", String(lineOf(broken, "import { NoSuchExport }")), "2305"],
    ]);
  });

  it("passes on every README of the repository, and every package README has examples", async () => {
    const packages = (await readdir(join(repoRoot, "packages"), { withFileTypes: true })).filter((entry) =>
      entry.isDirectory(),
    );
    for (const { name } of packages) {
      const file = join("packages", name, "README.md");
      const blocks = extractTypeScriptBlocks(await readFile(join(repoRoot, file), "utf8"), file);
      expect(blocks.filter((block) => block.typeChecked).length, `${file} has no type-checked example`).toBeGreaterThan(
        0,
      );
    }

    const run = await runChecker();
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/README examples: [1-9]\d* type-checked, \d+ marked no-check, 0 errors/);
  });
});
