// The drift workflow's pull request must be complete. Upstream (a loopback server) publishes a new
// error example with a new error code and a new optional property, and drops an operation (one the
// repository does not vendor). The steps of .github/workflows/upstream-drift.yml that check and
// sync run, as written, in a full copy of the repo; everything they changed is committed with no
// hand step, as the workflow commits it; then the checks `npm test` runs on that commit must pass:
// generated-code drift, the API reports, the vendored-file hashes, the package's own tests and
// type-check, and specs:check. The changeset's bump and its reason are checked too.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import parseChangeset from "@changesets/parse";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { findVendoredMismatches } from "../../specs-check/vendored-hashes.ts";
import { type FixtureServer, startFixtureServer } from "../specs-check/fixture-server.ts";
import { asJson, flamelPublished } from "../specs-check/published-documents.ts";
import { createUpstreamCopy, type UpstreamCopy, upstreamPaths } from "../specs-check/upstream-repo.ts";
import type { CliResult } from "../specs-diff/run-cli.ts";

interface Step {
  name?: string;
  if?: string;
  run?: string;
}
const workflow = parse(await readFile(join(repoRoot, ".github/workflows/upstream-drift.yml"), "utf8")) as {
  jobs: { sync: { steps: Step[] } };
};
const steps = workflow.jobs.sync.steps;
const stepRunning = (command: string): Step => {
  const step = steps.find((candidate) => candidate.run?.includes(command));
  if (!step?.run) throw new Error(`upstream-drift.yml: no sync step runs \`${command}\``);
  return step;
};

let server: FixtureServer;
let repo: UpstreamCopy;
let outputs: string;
let stepRuns = 0;

beforeAll(async () => {
  server = await startFixtureServer({});
  repo = await createUpstreamCopy(server.url);
  outputs = await mkdtemp(join(tmpdir(), "image-sdk-gh-output-"));
}, 300_000); // a copy of the whole repo: far more than the default 10 s on a busy machine
afterAll(async () => {
  await server?.close();
  await repo?.remove();
  if (outputs) await rm(outputs, { recursive: true, force: true });
});

/** Runs a command in the copy, as a CI step would; never rejects. */
function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return new Promise<CliResult>((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? repo.root,
        env: { ...process.env, NO_COLOR: "1", ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A workflow step's `run:` script under bash, with the job's environment for one provider. */
async function runStep(step: Step, provider: string): Promise<CliResult & { outputs: string }> {
  const output = join(outputs, `github-output-${++stepRuns}.txt`);
  const result = await run("bash", ["-e", "-c", step.run ?? ""], {
    env: {
      PROVIDER: provider,
      GITHUB_OUTPUT: output,
      // "Put the workspace's Node 24 and pnpm first on PATH"
      PATH: `${join(repo.root, "node_modules/.bin")}${delimiter}${process.env.PATH}`,
    },
  });
  return { ...result, outputs: await readFile(output, "utf8").catch(() => "") };
}

it("its check and sync steps make a pull request that passes the checks npm test runs on it", {
  timeout: 900_000,
}, async () => {
  const flamel = await flamelPublished(repo.root);
  const toPrompt = flamel.paths["/api/images/imageToPrompt"].post;
  toPrompt.responses["403"].content["application/json"].examples.CreditsExhausted = {
    summary: "Credits exhausted",
    value: { success: false, code: 403, data: "credits_exhausted" },
  };
  toPrompt.requestBody.content["application/json"].schema.properties.language = {
    type: "string",
    description: "Language of the prompt",
  };
  delete flamel.paths["/api/users/me"];
  server.serve(upstreamPaths.flamel, asJson(flamel));
  const createImage = await repo.read("specs/flamel/upstream/create-image.yaml");

  const check = stepRunning("specs:check");
  const checked = await runStep(check, "flamel");
  expect(checked.outputs, `${checked.stdout}${checked.stderr}`).toBe("drift=true\n");
  const sync = stepRunning("specs:sync");
  expect(sync.if).toBe("steps.check.outputs.drift == 'true'");
  const synced = await runStep(sync, "flamel");
  expect(synced, synced.stderr).toMatchObject({ code: 0 });
  expect(synced.stdout).toContain("updated specs/flamel/upstream/image-to-prompt.yaml; regenerated packages/flamel");

  // What the pull request step does next: commit everything, no hand step.
  const pullRequest = stepRunning("gh pr create");
  expect(pullRequest.run).toContain("git add --all");
  await repo.git("add", "--all");
  await repo.git("commit", "-qm", "specs(flamel): sync with upstream");
  const committed = (await repo.git("show", "--name-only", "--format=", "HEAD")).trim().split("\n").sort();
  const [changesetFile] = committed.filter((file) => file.startsWith(".changeset/"));
  expect(committed).toEqual(
    [
      changesetFile,
      "packages/flamel/api/flamel.api.md",
      "packages/flamel/openapi.json",
      "packages/flamel/src/generated/errors.ts",
      "packages/flamel/src/generated/openapi.ts",
      "specs/flamel/source.yaml",
      "specs/flamel/upstream/image-to-prompt.yaml",
    ].sort(),
  );
  expect(changesetFile).toMatch(/^\.changeset\/flamel-upstream-[0-9a-f]{8}\.md$/);
  expect(synced.stdout).toContain(`wrote ${changesetFile} (minor)`);
  expect(await repo.read("specs/flamel/upstream/create-image.yaml")).toBe(createImage);
  expect(await repo.read("packages/flamel/src/generated/openapi.ts")).toMatch(/language\?: string;/);

  // The changeset: the bump, and why. The document alone calls for a patch (0.x: additions are
  // patches; the dropped operation was never vendored); a new member of the ErrorCodes union is
  // felt by typed code, which makes the release minor.
  const changeset = parseChangeset(await repo.read(changesetFile as string));
  expect(changeset.releases).toEqual([{ name: "@image-sdk/flamel", type: "minor" }]);
  expect(changeset.summary).toContain(
    'Release: minor, set by the public API change. Document change (specs:diff of openapi.json): patch; public API change (packages/flamel/api/flamel.api.md): minor, because `ErrorCodes[403]` gains `"credits_exhausted"`: a new member of a union a typed client can feel',
  );
  expect(changeset.summary).toContain(
    "- POST /api/images/imageToPrompt: request body (application/json) field `language` added (optional)",
  );
  expect(changeset.summary).toContain("- documented error code `credits_exhausted` (403) added");
  expect(changeset.summary).toContain('- **Breaking for typed code:** `ErrorCodes[403]` gains `"credits_exhausted"`');
  expect(changeset.summary).toMatch(/^- `[\w.[\]"/]+\.language` added \(optional\)$/m);
  expect(changeset.summary).not.toContain("users/me");

  // The checks a pull request runs (`npm test`'s, for what a sync touches). They only read the
  // commit, so they run at once: this file is the longest of the suite.
  const pnpm = join(repo.root, "node_modules/.bin/pnpm");
  const [drift, mismatches, recheck, tests, typecheck, dependent] = await Promise.all([
    run(process.execPath, [join(repo.root, "scripts/specs-check/generated-drift.ts"), "--committed", repo.root]),
    findVendoredMismatches(repo.root),
    runStep(check, "flamel"),
    run(pnpm, ["--filter", "@image-sdk/flamel", "run", "test"]),
    run(pnpm, ["--filter", "@image-sdk/flamel", "run", "typecheck"]),
    // A package built on it keeps a report that matches what it builds.
    run(process.execPath, [join(repo.root, "scripts/api-report/api-report.ts"), "--check"], {
      cwd: repo.path("packages/image-to-prompt"),
    }),
  ]);
  expect(drift, drift.stdout).toMatchObject({ code: 0 });
  expect(mismatches).toEqual([]);
  expect(recheck.outputs, recheck.stdout).toBe("drift=false\n");
  expect(tests, `${tests.stdout}${tests.stderr}`).toMatchObject({ code: 0 });
  expect(typecheck, `${typecheck.stdout}${typecheck.stderr}`).toMatchObject({ code: 0 });
  expect(dependent, dependent.stderr).toMatchObject({ code: 0 });
  expect(await readdir(repo.path(".changeset"))).toContain(changesetFile?.slice(".changeset/".length));
});
