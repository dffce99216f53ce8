// ci.yml's shape at scale: the contract suite runs as a matrix with one job per provider, the list
// coming from a discovery step in the build job (never a hand-kept list), and every job reads
// turbo's remote cache settings from secrets.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { workspaceRoot } from "../src/workspace-packages.ts";

interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  outputs?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  steps: Step[];
}

const workflow = parse(await readFile(join(workspaceRoot, ".github/workflows/ci.yml"), "utf8")) as {
  env: Record<string, string>;
  jobs: Record<string, Job>;
};
const [contractName, contract] = Object.entries(workflow.jobs).find(([, job]) => job.strategy?.matrix)!;

describe("ci.yml", () => {
  it("runs the contract suite once per provider, from the build job's discovered list", () => {
    const needs = [contract.needs ?? []].flat();
    expect(needs, `${contractName}.needs`).toHaveLength(1);
    const build = workflow.jobs[needs[0]!]!;
    const matrix = contract.strategy!.matrix!;
    expect(Object.keys(matrix)).toEqual(["provider"]);
    const output = /^\$\{\{ fromJSON\(needs\.(\S+)\.outputs\.(\S+)\) \}\}$/.exec(String(matrix.provider));
    expect(output, "matrix.provider is fromJSON of the build job's output").not.toBeNull();
    const [, job, name] = output!;
    expect(job).toBe(needs[0]);
    const step = /^\$\{\{ steps\.(\S+)\.outputs\.(\S+) \}\}$/.exec(build.outputs?.[name!] ?? "");
    const discovery = build.steps.find((candidate) => candidate.id === step?.[1]);
    expect(discovery?.run).toContain("node scripts/ci/providers-matrix.ts");
    expect(contract.steps.some((candidate) => candidate.run?.includes("--project"))).toBe(true);
  });

  it("reads turbo's remote cache settings from secrets", () => {
    for (const name of ["TURBO_API", "TURBO_TOKEN", "TURBO_TEAM"])
      expect(workflow.env[name], name).toBe(`\${{ secrets.${name} }}`);
  });
});
