import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { specsDiff } from "../../specs-diff/specs-diff-command.ts";
import { type FixtureServer, refusedUrl, startFixtureServer } from "../specs-check/fixture-server.ts";
import { runCli, runInProcess } from "./run-cli.ts";

const fixtures = join(import.meta.dirname, "fixtures");
// What cli.ts runs, in-process; "specs:diff as a process" runs the CLI itself.
const diff = (...args: string[]) => runInProcess(specsDiff, args);

interface Report {
  bump: string;
  changes: Array<{ kind: string; rule: string; location: string; breaking: boolean; message: string }>;
}

async function json(...args: string[]): Promise<Report> {
  const result = await diff(...args, "--json");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe("specs:diff on real documents", () => {
  it("Flamel image-to-prompt → create: one operation removed (breaking), one added", async () => {
    const report = await json(
      join(repoRoot, "specs/flamel/upstream/image-to-prompt.yaml"),
      join(repoRoot, "specs/flamel/upstream/create-image.yaml"),
    );
    expect(report).toEqual({
      bump: "major",
      changes: [
        {
          kind: "operation-removed",
          rule: "operation-removed",
          location: "/paths/~1api~1images~1imageToPrompt/post",
          breaking: true,
          message: "POST /api/images/imageToPrompt removed",
        },
        {
          kind: "operation-added",
          rule: "operation-added",
          location: "/paths/~1api~1images~1create/post",
          breaking: false,
          message: "POST /api/images/create added",
        },
      ],
    });
  });

  it("Freepik upstream → the corrected bundle: what the overlay changes, with the package's 0.x bump", async () => {
    const report = await json(
      join(fixtures, "real/freepik-upstream.yaml"),
      join(fixtures, "real/freepik-corrected.json"),
      "--package",
      join(repoRoot, "packages/freepik"),
    );
    expect(report.bump).toBe("minor");
    expect(
      report.changes.filter((change) => change.breaking).map(({ kind, location }) => ({ kind, location })),
    ).toEqual([
      {
        kind: "format-changed",
        location:
          "/paths/~1v1~1ai~1image-to-prompt/post/responses/200/content/application~1json/schema/properties/data/properties/generated/items/format",
      },
      {
        kind: "response-property-removed",
        location:
          "/paths/~1v1~1ai~1image-to-prompt/post/responses/400/content/application~1problem+json/schema/properties/problem",
      },
    ]);
    const additive = report.changes.filter((change) => !change.breaking).map((change) => change.message);
    expect(additive).toContain("GET /v1/ai/image-to-prompt added");
    expect(additive).toContain("GET /v1/ai/image-to-prompt/{task-id} added");
    expect(additive).toContain("POST /v1/ai/image-to-prompt: callback `taskFinished` added");
  });

  it("Flamel's multi-file root (paths $ref'd into upstream/) → its corrected bundle: the localhost server removal is breaking", async () => {
    const report = await json(
      join(repoRoot, "specs/flamel/openapi.yaml"),
      join(repoRoot, "packages/flamel/openapi.json"),
      "--current-version",
      "1.4.0",
    );
    expect(report.bump).toBe("major");
    expect(report.changes).toContainEqual({
      kind: "server-removed",
      rule: "server-removed",
      location: "/servers",
      breaking: true,
      message: "document: server `http://localhost:4010` removed",
    });
  });

  it("follows $refs into other files (OpenAPI 3.1), relative to the document", async () => {
    const report = await json(
      join(fixtures, "multi-file/old/openapi.yaml"),
      join(fixtures, "multi-file/new/openapi.yaml"),
    );
    const items = "/paths/~1pets/get/responses/200/content/application~1json/schema/items";
    expect(report.changes.map(({ kind, location, breaking }) => ({ kind, location, breaking }))).toEqual([
      { kind: "response-property-optional", location: `${items}/properties/name`, breaking: true },
      { kind: "format-changed", location: `${items}/properties/owner/properties/email/format`, breaking: false },
      { kind: "response-property-added", location: `${items}/properties/owner/properties/phone`, breaking: false },
    ]);
  });
});

describe("specs:diff output and exit codes", () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "image-sdk-specs-diff-"));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  /** A hand-made case's OLD and NEW, as two files (JSON and YAML, to read both). */
  async function casePair(name: string): Promise<[string, string]> {
    const { old, new: now } = parse(await readFile(join(fixtures, "cases", `${name}.yaml`), "utf8")) as {
      old: unknown;
      new: unknown;
    };
    const [a, b] = [join(scratch, `${name}.old.json`), join(scratch, `${name}.new.yaml`)];
    await writeFile(a, JSON.stringify(old));
    await writeFile(b, stringify(now));
    return [a, b];
  }

  it("prints a table with the bump by default, breaking changes first", async () => {
    const result = await diff(
      join(fixtures, "multi-file/old/openapi.yaml"),
      join(fixtures, "multi-file/new/openapi.yaml"),
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^BREAKING\s+KIND\s+MESSAGE\s+LOCATION$/);
    expect(lines[1]).toMatch(
      /^yes\s+response-property-optional\s+GET \/pets: response 200 \(application\/json\) field `\[\]\.name` is now optional\s+\/paths\//,
    );
    expect(lines.at(-1)).toBe("3 changes, 1 breaking; semver bump: major");
  });

  it.each([
    { name: "operation-removed", failOn: "breaking", code: 1 },
    { name: "operation-added", failOn: "breaking", code: 0 },
    { name: "documentation-changed", failOn: "any", code: 1 },
    { name: "no-change", failOn: "any", code: 0 },
  ])("$name with --fail-on $failOn exits $code", async ({ name, failOn, code }) => {
    const result = await diff(...(await casePair(name)), "--fail-on", failOn);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(code);
  });

  it("takes the current version from --package or --current-version: before 1.0 breaking is minor", async () => {
    const pair = await casePair("operation-removed");
    expect((await json(...pair, "--current-version", "0.9.2")).bump).toBe("minor");
    expect((await json(...pair, "--current-version", "2.0.0")).bump).toBe("major");
    const pkg = join(scratch, "pkg");
    await mkdir(pkg, { recursive: true });
    await writeFile(join(pkg, "package.json"), JSON.stringify({ name: "x", version: "0.1.0" }));
    expect((await json(...(await casePair("operation-added")), "--package", pkg)).bump).toBe("patch");
  });

  it("--typecheck adds where code written against OLD stops compiling though no rule said breaking", async () => {
    const pair = await casePair("type-incompatible");
    expect((await json(...pair)).changes).toEqual([]);
    const report = await json(...pair, "--typecheck");
    expect(report.bump).toBe("major");
    expect(report.changes).toEqual([
      {
        kind: "type-incompatible",
        rule: "type-incompatible",
        location: "/paths/~1pets~1{id}~1position/get/responses/200/content/application~1json",
        breaking: true,
        message:
          "GET /pets/{id}/position: response 200 (application/json): code written against OLD no longer compiles (Type '{ label?: number | undefined; }' is not assignable to type '{ label?: string | undefined; }'.)",
      },
    ]);
  });

  it("--typecheck on a document openapi-typescript rejects (duplicate operationIds) exits 2 naming it, no stack", async () => {
    const file = join(scratch, "duplicate-operation-ids.yaml");
    const answer = { "200": { description: "ok" } };
    await writeFile(
      file,
      stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {
          "/a": { get: { operationId: "listPets", responses: answer } },
          "/b": { get: { operationId: "listPets", responses: answer } },
        },
      }),
    );
    expect((await diff(file, file)).code).toBe(0);
    const result = await diff(file, file, "--typecheck");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: ${file}: cannot be typed by openapi-typescript for --typecheck: Every operation must have a unique \`operationId\`\\. at #/paths/~1b/get/listPets$`,
        "m",
      ),
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    { args: ["only-one.yaml"], error: /expected exactly two documents/ },
    { args: ["a.yaml", "b.yaml", "--fail-on", "minor"], error: /--fail-on must be `breaking` or `any`, not `minor`/ },
    { args: ["a.yaml", "b.yaml", "--colour"], error: /Unknown option '--colour'/ },
  ])("bad usage $args exits 2 with the usage", async ({ args, error }) => {
    const result = await diff(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(error);
    expect(result.stderr).toContain("usage: specs:diff OLD NEW");
  });

  it("a missing file, a Swagger 2 document, a broken $ref and a bad version are errors naming what is wrong (exit 2)", async () => {
    const missing = join(scratch, "nope.yaml");
    const valid = join(fixtures, "multi-file/old/openapi.yaml");
    expect(await diff(missing, valid)).toMatchObject({
      code: 2,
      stderr: `error: ${missing}: cannot be read (ENOENT)\n`,
    });
    const swagger = join(fixtures, "swagger-2.yaml");
    expect(await diff(valid, swagger)).toMatchObject({
      code: 2,
      stderr: `error: ${swagger}: is not an OpenAPI 3.0 or 3.1 document (Swagger 2.0)\n`,
    });
    const broken = join(scratch, "broken.yaml");
    await writeFile(
      broken,
      stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: { "/a": { $ref: "./missing-part.yaml#/a" } },
      }),
    );
    const result = await diff(valid, broken);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^error: ${broken}: cannot be bundled: .*missing-part\\.yaml`));
    expect(await diff(valid, valid, "--current-version", "one")).toMatchObject({
      code: 2,
      stderr: "error: `one` is not a semver version (MAJOR.MINOR.PATCH)\n",
    });
  });
});

describe("specs:diff on URLs", () => {
  let server: FixtureServer;
  beforeAll(async () => {
    const [old, now] = await Promise.all([
      readFile(join(repoRoot, "specs/flamel/upstream/image-to-prompt.yaml"), "utf8"),
      readFile(join(repoRoot, "specs/flamel/upstream/create-image.yaml"), "utf8"),
    ]);
    server = await startFixtureServer({
      "/old.yaml": { type: "application/yaml", body: old },
      "/new.yaml": { type: "application/yaml", body: now },
      "/docs": { type: "text/html; charset=utf-8", body: "<!doctype html><title>API reference</title>" },
      "/moved.json": { type: "application/json", body: "<!DOCTYPE html><html><body>moved</body></html>" },
      "/status.json": { type: "application/json", body: JSON.stringify({ status: "ok" }) },
    });
  });
  afterAll(() => server.close());

  it("fetches both documents and diffs them as files", async () => {
    const report = await json(server.url("/old.yaml"), server.url("/new.yaml"));
    expect(report.changes.map((change) => change.kind)).toEqual(["operation-removed", "operation-added"]);
  });

  it.each([
    { path: "/gone.yaml", reason: "answered HTTP 404 Not Found" },
    {
      path: "/docs",
      reason: "answered an HTML page (content-type text/html; charset=utf-8), not an OpenAPI document: has it moved?",
    },
    { path: "/moved.json", reason: "is an HTML page, not an OpenAPI document" },
    { path: "/status.json", reason: "is not an OpenAPI 3.0 or 3.1 document (no `openapi` field)" },
  ])("$path: $reason (exit 2)", async ({ path, reason }) => {
    const result = await diff(server.url("/old.yaml"), server.url(path));
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: `error: ${server.url(path)}: ${reason}\n` });
  });

  it("a refused connection is an error naming the URL (exit 2)", async () => {
    const url = await refusedUrl("/api-json");
    const result = await diff(url, server.url("/new.yaml"));
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: `error: ${url}: cannot be fetched (ECONNREFUSED)\n` });
  });
});

describe("specs:diff as a process", () => {
  it("exits 1 when --fail-on trips and 2 on bad usage, with the usage on stderr", async () => {
    const cases = join(fixtures, "cases");
    const scratch = await mkdtemp(join(tmpdir(), "image-sdk-specs-diff-process-"));
    try {
      const { old, new: now } = parse(await readFile(join(cases, "operation-removed.yaml"), "utf8")) as {
        old: unknown;
        new: unknown;
      };
      const [a, b] = [join(scratch, "old.json"), join(scratch, "new.json")];
      await writeFile(a, JSON.stringify(old));
      await writeFile(b, JSON.stringify(now));
      expect(await runCli("specs-diff/cli.ts", [a, b, "--fail-on", "breaking"])).toMatchObject({ code: 1, stderr: "" });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    const usage = await runCli("specs-diff/cli.ts", ["only-one.yaml"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: specs:diff OLD NEW");
  });

  it("resolves relative paths from where pnpm was started (INIT_CWD), not the workspace root", async () => {
    const result = await runCli("specs-diff/cli.ts", ["old/openapi.yaml", "new/openapi.yaml", "--json"], {
      INIT_CWD: join(fixtures, "multi-file"),
    });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).changes).toHaveLength(3);
  });
});
