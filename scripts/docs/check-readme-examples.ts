// Type-checks every ```ts / ```typescript block of the READMEs (default: the root README and each
// packages/*/README.md; or the Markdown files given as arguments), so documented code cannot rot.
// Needs the packages built (`pnpm run build`). A block fenced as ```ts no-check is skipped.
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { extractTypeScriptBlocks } from "./code-blocks.ts";
import { readmePaths } from "./readme-files.ts";
import { typeCheckExamples } from "./type-check-examples.ts";

async function main(): Promise<void> {
  const files =
    process.argv.length > 2 ? process.argv.slice(2).map((file) => resolve(file)) : await readmePaths(repoRoot);
  const blocks = [];
  for (const file of files) {
    const markdown = await readFile(file, "utf8").catch(() => {
      throw new Error(`${relative(repoRoot, file)}: cannot read this README`);
    });
    blocks.push(...extractTypeScriptBlocks(markdown, relative(repoRoot, file)));
  }
  const result = await typeCheckExamples(blocks, repoRoot);
  for (const d of result.diagnostics)
    process.stderr.write(`${d.file}:${d.line}:${d.column} TS${d.code}: ${d.message}\n`);
  process.stdout.write(
    `README examples: ${result.typeChecked} type-checked, ${result.skipped} marked no-check, ${result.diagnostics.length} error${result.diagnostics.length === 1 ? "" : "s"}\n`,
  );
  if (result.diagnostics.length > 0) process.exitCode = 1;
}

await main().catch((error: unknown) => {
  process.stderr.write(`error: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
