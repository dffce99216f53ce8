import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { typedEntries } from "../../api-report/typed-entries.ts";
import { repoRoot } from "../../pipeline/provider-spec.ts";

const script = join(repoRoot, "scripts", "api-report", "api-report.ts");

async function run(cwd: string, ...args: string[]): Promise<{ exitCode: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [script, ...args], { cwd });
    return { exitCode: 0, stderr };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { exitCode: code, stderr };
  }
}

const exportsMap = {
  ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" } },
  "./extra": { import: { types: "./dist/extra.d.ts", default: "./dist/extra.js" } },
  "./openapi.json": "./openapi.json",
  "./package.json": "./package.json",
};

// Each run starts API Extractor (its own TypeScript, the DOM lib): seconds, far more on a busy machine.
describe("API reports", { timeout: 300_000 }, () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "api-report-test-"));
    await mkdir(join(dir, "dist"));
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify({ name: "@acme/widget", version: "1.0.0", exports: exportsMap }),
    );
    await writeFile(
      join(dir, "dist", "index.d.ts"),
      "/** Makes a widget. */\nexport declare function widget(size: number): string;\n",
    );
    await writeFile(join(dir, "dist", "extra.d.ts"), "export declare const extra: 1;\n");
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("writes one report per typed exports entry, then fails the check with a diff when the API changes", async () => {
    expect((await run(dir)).exitCode).toBe(0);
    const report = await readFile(join(dir, "api", "widget.api.md"), "utf8");
    expect(report).toContain("export function widget(size: number): string;");
    expect(await readFile(join(dir, "api", "widget-extra.api.md"), "utf8")).toContain("export const extra: 1;");
    expect(await run(dir, "--check")).toEqual({ exitCode: 0, stderr: "" });

    await writeFile(
      join(dir, "dist", "index.d.ts"),
      "export declare function widget(size: number, color?: string): string;\n",
    );
    const stale = await run(dir, "--check");
    expect(stale.exitCode).toBe(1);
    expect(stale.stderr).toContain("@acme/widget: the public API differs from its committed report");
    expect(stale.stderr).toContain("-export function widget(size: number): string;");
    expect(stale.stderr).toContain("+export function widget(size: number, color?: string): string;");
    // The check leaves the committed report alone; only an update rewrites it.
    expect(await readFile(join(dir, "api", "widget.api.md"), "utf8")).toBe(report);
  });

  it("names the entries of an exports map that have declarations", () => {
    expect(typedEntries({ name: "@acme/widget", exports: exportsMap })).toEqual([
      { subpath: ".", types: "./dist/index.d.ts", reportName: "widget" },
      { subpath: "./extra", types: "./dist/extra.d.ts", reportName: "widget-extra" },
    ]);
    expect(() => typedEntries({ name: "@acme/none", exports: { "./package.json": "./package.json" } })).toThrow(
      '@acme/none: package.json "exports" has no entry with types',
    );
  });
});
