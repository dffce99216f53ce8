// The "done when", end to end, in ONE scratch copy of the repo: `pnpm new-provider` on an
// OpenAPI 3.1 fixture (HTTP Basic auth, GET/POST/PATCH/DELETE, path and query parameters, an
// image/png response, a 204, a webhook) and on every quirk document of
// scripts/tests/fixtures/quirk-documents/ (each named by its file: `<kind>.openapi.{json,yaml}`
// becomes provider `<kind>`), then the build leaves git clean, lint passes, every new README's
// links and shared-option rules hold, its example compiles and runs, the hover tests and the
// coverage-gate test cover the new providers with no edit, and each provider's generated contract
// tests pass with a complete coverage report. All of it with the registry unreachable: the installs
// link from the store the checkout installed from.
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { inspect } from "node:util";
import { refusedUrl, startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CodeBlock, extractTypeScriptBlocks } from "../../docs/code-blocks.ts";
import { checkReadmeLinks } from "../../docs/readme-links.ts";
import { repositoryWeb } from "../../docs/repository-web.ts";
import { checkSharedOptionDocs } from "../../docs/shared-options.ts";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { installOffline } from "../../repo/offline-install.ts";
import { CommandError, runCommand } from "../../repo/run-command.ts";
import { findVendoredMismatches } from "../../specs-check/vendored-hashes.ts";
import { copyTurboCache, createScratchRepo } from "./scratch-repo.ts";

const fixture = join(import.meta.dirname, "fixtures/gallery/openapi.yaml");
const name = "gallery";
const quirkFolder = join(import.meta.dirname, "../fixtures/quirk-documents");
/**
 * Every quirk document, as the provider it becomes: its file name before `.openapi.`. While working
 * on some, `E2E_QUIRKS=<name>,<name>` runs those alone (`-t` cannot: the scaffold of all is one command).
 */
const only = process.env.E2E_QUIRKS?.split(",").map((name) => name.trim());
const quirks = (await readdir(quirkFolder))
  .filter((file) => /\.openapi\.(json|ya?ml)$/.test(file))
  .sort()
  .map((file) => ({ name: file.replace(/\.openapi\.(json|ya?ml)$/, ""), spec: join(quirkFolder, file) }))
  .filter((quirk) => !only || only.includes(quirk.name));
/** Every provider the test adds. */
const added = [name, ...quirks.map((quirk) => quirk.name)];
let root: string;
let scaffold: string;
/** No test may need the registry: every command here sees one at a closed loopback port. */
let unreachableRegistry: string;

/** Runs a command in the scratch repo; rejects with its output when it fails or outlasts `timeoutMs`. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  waitsFor?: string,
  timeoutMs = 15 * 60_000,
): Promise<string> {
  return runCommand(command, args, {
    cwd: root,
    env: {
      ...process.env,
      NO_COLOR: "1",
      TURBO_TELEMETRY_DISABLED: "1",
      REDOCLY_TELEMETRY: "off",
      npm_config_registry: unreachableRegistry,
      ...env,
    },
    timeoutMs,
    waitsFor,
  });
}
/** What a command printed, whether it passed or failed. */
interface Outcome {
  passed: boolean;
  stdout: string;
  stderr: string;
}

async function outcome(command: string, args: string[]): Promise<Outcome> {
  try {
    return { passed: true, stdout: await run(command, args), stderr: "" };
  } catch (error) {
    if (!(error instanceof CommandError) || error.timedOut) throw error;
    return { passed: false, stdout: error.stdout, stderr: error.stderr };
  }
}

const readmeOf = (provider: string) => `packages/${provider}/README.md`;
let readmeBlocks: Promise<Map<string, CodeBlock[]>> | undefined;
let compiled: Promise<Outcome> | undefined;
let ran: Promise<Outcome> | undefined;

/** Each added README's TypeScript blocks, read once the scaffold has written them. */
function blocksOf(provider: string): Promise<CodeBlock[]> {
  readmeBlocks ??= (async () => {
    const blocks = new Map<string, CodeBlock[]>();
    for (const readme of added.map(readmeOf))
      blocks.set(readme, extractTypeScriptBlocks(await readFile(join(root, readme), "utf8"), readme));
    return blocks;
  })();
  return readmeBlocks.then((blocks) => blocks.get(readmeOf(provider)) ?? []);
}

// Every added README's examples go through one checker run (one tsc program: each block is its own
// module) and the quirk documents' through one runner run (each document's mock alone, as when run
// a README at a time), started by the first test that asks; each README's test reads its own lines.
const compiledExamples = () =>
  (compiled ??= outcome(process.execPath, ["scripts/docs/check-readme-examples.ts", ...added.map(readmeOf)]));
const ranExamples = () =>
  (ran ??= outcome(process.execPath, [
    "scripts/docs/run-readme-examples.ts",
    ...quirks.map((quirk) => readmeOf(quirk.name)),
  ]));

/**
 * What a run of several READMEs reports against `provider`'s: the lines naming its README, or,
 * when the run failed and named no README (it crashed), all it printed.
 */
function reportedAgainst(provider: string, result: Outcome): string[] {
  if (result.passed) return [];
  const lines = result.stderr.split("\n");
  const own = lines.filter((line) => line.startsWith(`${readmeOf(provider)}:`));
  const namesReadme = lines.some((line) => added.some((other) => line.startsWith(`${readmeOf(other)}:`)));
  return namesReadme ? own : [`${result.stderr}\n${result.stdout}`.trim()];
}

/** The provider's README has examples to compile, and the checker reports no error in them. */
async function expectExamplesCompile(provider: string): Promise<void> {
  expect((await blocksOf(provider)).filter((block) => block.typeChecked).length).toBeGreaterThan(0);
  expect(reportedAgainst(provider, await compiledExamples())).toEqual([]);
}

/** The tree `git add -A` would commit now, written through a throwaway index: the real one is left as it is. */
async function treeToCommit(): Promise<string> {
  const index = join(root, ".git", "e2e-snapshot-index");
  await rm(index, { force: true });
  const gitIndex = { GIT_INDEX_FILE: index };
  await run("git", ["add", "-A"], gitIndex);
  const tree = (await run("git", ["write-tree"], gitIndex)).trim();
  await rm(index, { force: true });
  return tree;
}

const pnpm = (...args: string[]) => run(join(root, "node_modules/.bin/pnpm"), args);
const git = (...args: string[]) => run("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args]);

beforeAll(async () => {
  unreachableRegistry = `${(await refusedUrl()).url.replace(/\/$/, "")}/`;
  ({ root } = await createScratchRepo());
  // The new providers still build; the existing ones' tasks are restored from the checkout's cache.
  await copyTurboCache(root);
  // The scratch copy's own install: offline, from the store this checkout installed from.
  await installOffline(root, {
    checkout: repoRoot,
    env: { ...process.env, npm_config_registry: unreachableRegistry },
  });
  await git("init", "-q");
  await git("add", "-A");
  await git("commit", "-qm", "scratch copy");
  // One command adds them all (one install, one build); its install links the new packages from
  // versions the lockfile already holds: no registry.
  scaffold = await run(
    join(root, "node_modules/.bin/pnpm"),
    ["run", "--silent", "new-provider", `${name}=${fixture}`, ...quirks.map((quirk) => `${quirk.name}=${quirk.spec}`)],
    {},
    "the npm registry (metadata of the new packages' dependencies)",
    // Every document's steps, then one install and one build of them all.
    45 * 60_000,
  );
}, 60 * 60_000);
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("pnpm new-provider, then the Quick start", () => {
  it("prints the lint findings it relaxed as review items", () => {
    expect(scaffold).toMatch(/^Review: the document fails these lint rules, relaxed for gallery only/m);
    expect(scaffold).toMatch(/^- info-license \(1\):\n {4}specs\/gallery\/upstream\/openapi\.yaml:2:1: /m);
  });

  it("vendors the document byte for byte and derives source.yaml's operations", async () => {
    expect(await readFile(join(root, "specs/gallery/upstream/openapi.yaml"))).toEqual(await readFile(fixture));
    const source = await readFile(join(root, "specs/gallery/source.yaml"), "utf8");
    for (const operation of ["get /albums", "post /albums", "patch /albums/{albumId}", "delete /albums/{albumId}"])
      expect(source).toContain(`- ${operation}\n`);
    // source.yaml records the vendored file's hash, which the vendored-file test checks.
    expect(await findVendoredMismatches(root)).toEqual([]);
  });

  it(
    "builds everything, and the build leaves nothing to commit beyond what the command wrote",
    async () => {
      // The command's files stay untracked, as when it built them: turbo hashes a package's tracked
      // files (its generated ones too), so adding them to git's index would miss the cache for
      // every new package and build them all again.
      const written = await treeToCommit();
      await pnpm("run", "build");
      expect(await git("diff", "--name-status", written, await treeToCommit())).toBe("");
      await pnpm("run", "lint");
    },
    20 * 60_000,
  );

  it("compiles the README example and runs it against a server that checks Basic auth", async () => {
    await expectExamplesCompile(name);
    const readme = await readFile(join(root, "packages/gallery/README.md"), "utf8");
    const [example] = extractTypeScriptBlocks(readme, "packages/gallery/README.md");
    const document = JSON.parse(await readFile(join(root, "packages/gallery/openapi.json"), "utf8"));
    const albums = document.paths["/albums"].get.responses["200"].content["application/json"].examples.two.value;
    const requests: Array<{ url?: string; authorization?: string }> = [];
    const server = await startLoopbackServer((request, response) => {
      requests.push({ url: request.url, authorization: request.headers.authorization });
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(albums));
    });
    try {
      const file = join(root, "packages/gallery/readme-example.ts");
      await writeFile(file, example!.code);
      const stdout = await run(process.execPath, [file], {
        GALLERY_BASE_URL: server.origin,
        GALLERY_USERNAME: "ada",
        GALLERY_PASSWORD: "s3cret",
      });
      expect(stdout).toBe(`${inspect(albums)}\n`);
      expect(requests).toEqual([{ url: "/albums", authorization: `Basic ${btoa("ada:s3cret")}` }]);
    } finally {
      await server.close();
    }
  });

  it(
    "compiles every new README's examples in one checker run, and runs the quirk documents' in one runner run",
    async () => {
      const blocks = (await Promise.all(added.map(blocksOf))).flat();
      const typeChecked = blocks.filter((block) => block.typeChecked).length;
      const checked = await compiledExamples();
      expect({ passed: checked.passed, stderr: checked.stderr }).toEqual({ passed: true, stderr: "" });
      expect(checked.stdout).toContain(
        `README examples: ${typeChecked} type-checked, ${blocks.length - typeChecked} marked no-check, 0 errors`,
      );
      const quirkBlocks = (await Promise.all(quirks.map((quirk) => blocksOf(quirk.name)))).flat();
      const ran = await ranExamples();
      expect({ passed: ran.passed, stderr: ran.stderr }).toEqual({ passed: true, stderr: "" });
      expect(ran.stdout).toContain(
        `README examples: ${quirkBlocks.filter((block) => block.run).length} run against Prism mocks, 0 failed`,
      );
    },
    20 * 60_000,
  );

  it(
    "passes each provider's generated contract tests, with a complete coverage report",
    async () => {
      await pnpm("--filter", "@image-sdk/contract-tests", "test", ...added.flatMap((added) => ["--project", added]));
      for (const provider of added) {
        const report = JSON.parse(await readFile(join(root, `tests/contract/coverage/${provider}.json`), "utf8"));
        expect({ provider, uncovered: report.uncovered, complete: report.complete }).toEqual({
          provider,
          uncovered: [],
          complete: true,
        });
      }
    },
    30 * 60_000,
  );
});

describe.each(quirks)("pnpm new-provider on the quirk document $name, then every repository check", (quirk) => {
  it("vendors the document byte for byte and prints its review items", async () => {
    const [vendored] = (await readdir(join(root, "specs", quirk.name, "upstream"))).filter((file) =>
      file.includes(".openapi."),
    );
    expect(await readFile(join(root, "specs", quirk.name, "upstream", vendored ?? ""))).toEqual(
      await readFile(quirk.spec),
    );
    expect(scaffold).toContain(`${added.join(", ")} are ready`);
  });

  it("has a README whose links resolve and which leaves the shared options to core's README", async () => {
    const manifest = JSON.parse(await readFile(join(root, "packages", quirk.name, "package.json"), "utf8"));
    const readme = join("packages", quirk.name, "README.md");
    expect(await checkReadmeLinks(root, readme, repositoryWeb(String(manifest.repository.url)))).toEqual([]);
    expect((await checkSharedOptionDocs(root)).filter((problem) => problem.file === readme)).toEqual([]);
  });

  it(
    "has a README example that compiles and runs against a mock of its document",
    async () => {
      await expectExamplesCompile(quirk.name);
      expect((await blocksOf(quirk.name)).filter((block) => block.run)).toHaveLength(1);
      expect(reportedAgainst(quirk.name, await ranExamples())).toEqual([]);
    },
    20 * 60_000,
  );
});

describe("the repository's own tests, unedited, cover every provider added", () => {
  it(
    "the hover tests: names, documented statuses, narrowing",
    async () => {
      const vitest = join(root, "node_modules/.bin/vitest");
      const stdout = await run(vitest, ["run", "--root", "tests/types", "--reporter=verbose"]);
      for (const provider of added)
        expect(stdout).toContain(`@image-sdk/${provider} > type-checks: narrowing by status`);
    },
    10 * 60_000,
  );

  it("the coverage-gate harness test: a run that covers every item passes", async () => {
    const vitest = join(root, "node_modules/.bin/vitest");
    const stdout = await run(vitest, [
      "run",
      "--root",
      "tests/contract",
      "--reporter=verbose",
      "tests/harness/coverage-gate.test.ts",
    ]);
    for (const provider of added) expect(stdout).toContain(`${provider}: a run that covers every item passes`);
  });
});
