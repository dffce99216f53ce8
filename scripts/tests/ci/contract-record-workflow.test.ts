// The wiring of the drift workflow's `record` job (.github/workflows/upstream-drift.yml): its steps'
// scripts run here as written, under bash with the job's environment. The provider list step runs on
// a scratch specs/ tree and must name every provider with the prefix its client's variables use;
// without a secret a provider is skipped with a notice; the record step hands the secret to
// `pnpm contract:record` under the provider's own variable and turns its exit code into the
// pull-request decision (0: agree, 1: disagree, above 1: the job fails). `pnpm` is a stand-in
// here that reports what it was given: contract:record itself is tested in tests/contract.
import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { deriveNames } from "../../repo/provider-names.ts";

interface Step {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
}
interface Job {
  needs?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, string> };
  steps: Step[];
}
const workflow = parse(await readFile(join(repoRoot, ".github/workflows/upstream-drift.yml"), "utf8")) as {
  on: { schedule?: unknown[] };
  jobs: Record<string, Job>;
};
const record = workflow.jobs.record!;
const step = (job: Job, id: string): Step => {
  const found = job.steps.find((candidate) => candidate.id === id);
  if (!found?.run) throw new Error(`upstream-drift.yml: no step with id ${id} and a run script`);
  return found;
};

/** A GitHub Actions expression as the workflow writes it. */
const expression = (body: string) => `\${{ ${body} }}`;

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "image-sdk-record-workflow-"));
  // The stand-in pnpm: prints its arguments and the credential variables it sees, exits with $PNPM_EXIT.
  await mkdir(join(scratch, "bin"));
  await writeFile(
    join(scratch, "bin", "pnpm"),
    `#!/usr/bin/env bash\necho "pnpm $*"\nenv | grep -E "^[A-Z0-9_]+_(API_KEY|USERNAME|PASSWORD)=" | sort\nexit "\${PNPM_EXIT:-0}"\n`,
  );
  await chmod(join(scratch, "bin", "pnpm"), 0o755);
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

let runs = 0;
function runStep(script: string, env: Record<string, string>, cwd = repoRoot) {
  const output = join(scratch, `github-output-${++runs}`);
  return new Promise<{ code: number; stdout: string; outputs: string }>((resolve) => {
    execFile(
      "bash",
      ["--noprofile", "--norc", "-eo", "pipefail", "-c", script],
      {
        cwd,
        env: {
          PATH: `${join(scratch, "bin")}${delimiter}${process.env.PATH}`,
          GITHUB_OUTPUT: output,
          RUNNER_TEMP: scratch,
          ...env,
        },
      },
      async (error, stdout) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout,
          outputs: await readFile(output, "utf8").catch(() => ""),
        }),
    );
  });
}

describe("upstream-drift.yml's record job", () => {
  it("runs on the schedule, per provider, with a secret named by the provider's prefix", () => {
    expect(workflow.on.schedule?.length).toBeGreaterThan(0);
    expect(record.needs).toBe("recordable");
    expect(record.strategy?.matrix.provider).toBe(expression("fromJSON(needs.recordable.outputs.list)"));
    expect(record.env?.API_KEY).toBe(expression("secrets[format('{0}_API_KEY', matrix.provider.prefix)]"));
    expect(record.env?.PREFIX).toBe(expression("matrix.provider.prefix"));
    expect(record.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    // Nothing is checked out, installed or recorded for a provider without a secret.
    for (const later of record.steps.slice(1)) {
      expect(later.if, later.name ?? later.uses).toMatch(
        /^steps\.(secret\.outputs\.present|record\.outputs\.disagree) == 'true'$/,
      );
    }
    expect(step(record, "record").run).toContain('pnpm contract:record "$PROVIDER" --free-only --json');
    const pullRequest = record.steps.at(-1)!;
    expect(pullRequest.if).toBe("steps.record.outputs.disagree == 'true'");
    expect(pullRequest.run).toContain('git add "specs/$PROVIDER/recordings"');
    expect(pullRequest.run).toContain('cat "$RUNNER_TEMP/contract-record.txt"');
    expect(pullRequest.run).toMatch(/gh pr create[\s\S]+gh pr edit/);
  });

  it("lists every provider of a specs/ tree with the prefix of its client's variables", async () => {
    const tree = join(scratch, "tree");
    for (const name of ["zeta-ai", "acme", "digital-ocean"]) {
      await mkdir(join(tree, "specs", name), { recursive: true });
      await writeFile(join(tree, "specs", name, "source.yaml"), "entry: openapi.yaml\n");
    }
    await mkdir(join(tree, "specs", "notes"), { recursive: true });
    const listed = await runStep(step(workflow.jobs.recordable!, "list").run!, {}, tree);
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.outputs.replace(/^list=/, "")) as Array<{ name: string; prefix: string }>;
    expect(list).toEqual(
      ["acme", "digital-ocean", "zeta-ai"].map((name) => ({ name, prefix: deriveNames(name).prefix })),
    );
  });

  it("skips a provider without a secret, and says so", async () => {
    const skip = step(record, "secret").run!;
    const without = await runStep(skip, { PROVIDER: "flamel", PREFIX: "FLAMEL", API_KEY: "", API_USERNAME: "" });
    expect(without.stdout).toBe(
      "::notice::flamel not recorded: no FLAMEL_API_KEY (or FLAMEL_USERNAME) repository secret\n",
    );
    expect(without.outputs).toBe("present=false\n");
    const withKey = await runStep(skip, { PROVIDER: "flamel", PREFIX: "FLAMEL", API_KEY: "k", API_USERNAME: "" });
    expect(withKey.outputs).toBe("present=true\n");
  });

  it("records with the secret under the provider's variable, and decides on the pull request by the exit code", async () => {
    const script = step(record, "record").run!;
    const env = { PROVIDER: "digital-ocean", PREFIX: "DIGITAL_OCEAN", API_KEY: "s3cret", API_USERNAME: "" };
    const agree = await runStep(script, { ...env, PNPM_EXIT: "0" });
    expect(agree.code).toBe(0);
    expect(agree.stdout).toContain(
      `pnpm contract:record digital-ocean --free-only --json ${scratch}/contract-record.json`,
    );
    expect(agree.stdout).toContain("DIGITAL_OCEAN_API_KEY=s3cret");
    expect(agree.stdout).not.toMatch(/DIGITAL_OCEAN_(USERNAME|PASSWORD)=/);
    expect(agree.outputs).toBe("disagree=false\n");
    // What the pull request's body quotes.
    expect(await readFile(join(scratch, "contract-record.txt"), "utf8")).toContain(
      "pnpm contract:record digital-ocean",
    );

    const disagree = await runStep(script, { ...env, PNPM_EXIT: "1" });
    expect(disagree).toMatchObject({ code: 0, outputs: "disagree=true\n" });

    const broken = await runStep(script, { ...env, PNPM_EXIT: "2" });
    expect(broken).toMatchObject({ code: 2, outputs: "" });

    const basic = await runStep(script, {
      ...env,
      API_KEY: "",
      API_USERNAME: "ann",
      API_PASSWORD: "pw",
      PNPM_EXIT: "0",
    });
    expect(basic.stdout).toContain("DIGITAL_OCEAN_USERNAME=ann");
    expect(basic.stdout).toContain("DIGITAL_OCEAN_PASSWORD=pw");
  });
});
