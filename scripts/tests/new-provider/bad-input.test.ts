// `pnpm new-provider` on bad input: a clear error naming the name, file, URL or $ref, exit 1, and
// nothing left behind in the repo. Each case fails before the install and build steps.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { listProviders } from "../../repo/providers.ts";
import { createTempRepo, type TempRepo } from "../pipeline/temp-repo.ts";
import { type FixtureServer, refusedUrl, startFixtureServer } from "../specs-check/fixture-server.ts";
import { runCli } from "../specs-diff/run-cli.ts";

const runNewProvider = (args: string[], root: string) => runCli("new-provider/cli.ts", [...args, "--root", root]);

const fixtures = join(import.meta.dirname, "fixtures");
const gallery = join(fixtures, "gallery/openapi.yaml");

let repo: TempRepo;
let server: FixtureServer;
let before: Record<string, string>;

beforeAll(async () => {
  // One real provider: the "name that exists" case needs it, and no case needs more.
  repo = await createTempRepo(
    listProviders(repoRoot)
      .map((provider) => provider.name)
      .slice(0, 1),
  );
  server = await startFixtureServer({
    "/missing-page": { status: 404, type: "text/plain", body: "not found" },
    "/docs": { type: "text/html", body: "<!doctype html><title>API docs</title>" },
  });
});
afterAll(async () => {
  await server.close();
  await repo.remove();
});
beforeEach(async () => {
  before = {
    ...(await repo.snapshot("specs")),
    ...(await repo.snapshot("packages")),
    redocly: await repo.read("redocly.yaml"),
  };
});

async function expectRefused(args: string[], message: RegExp): Promise<void> {
  const { code, stderr, stdout } = await runNewProvider(args, repo.root);
  expect(stderr).toMatch(message);
  expect(stderr).toContain("nothing was changed");
  expect(stdout).toBe("");
  expect(code).toBe(1);
  const after = {
    ...(await repo.snapshot("specs")),
    ...(await repo.snapshot("packages")),
    redocly: await repo.read("redocly.yaml"),
  };
  expect(after).toEqual(before);
}

describe("pnpm new-provider refuses", () => {
  it("the name of a provider that exists", async () => {
    const [existing] = listProviders(repoRoot).map((provider) => provider.name);
    await expectRefused(
      [existing!, "--spec", gallery],
      new RegExp(`^error: provider name \`${existing}\`: specs/${existing}/ already exists$`, "m"),
    );
  });

  it.each([
    "Gallery",
    "gallery_co",
    "photo gallery",
    "gallery--photos",
    "gallery-",
    "1gallery",
    "../gallery",
    "gallery.v2",
  ])("the name %j, which is no plain lower-case package name", async (name) => {
    await expectRefused([name, "--spec", gallery], /^error: provider name `.*`: /m);
  });

  it("a file that cannot be read", async () => {
    await expectRefused(
      ["gallery", "--spec", join(fixtures, "no-such-file.yaml")],
      /no-such-file\.yaml: cannot be read \(ENOENT\)$/m,
    );
  });

  it("a URL nobody answers", async () => {
    const url = await refusedUrl("/openapi.yaml");
    await expectRefused(
      ["gallery", "--spec", url],
      new RegExp(`^error: ${url.replace(/[.]/g, "\\.")}: cannot be fetched \\(ECONNREFUSED\\)$`, "m"),
    );
  });

  it("a URL that answers 404, or an HTML page", async () => {
    await expectRefused(["gallery", "--spec", server.url("/missing-page")], /: answered HTTP 404 Not Found$/m);
    await expectRefused(
      ["gallery", "--spec", server.url("/docs")],
      /: answered an HTML page \(content-type text\/html\)/m,
    );
  });

  it("a Swagger 2.0 document, and says so", async () => {
    await expectRefused(
      ["gallery", "--spec", join(fixtures, "bad/swagger-2.yaml")],
      /swagger-2\.yaml: is not an OpenAPI 3\.0 or 3\.1 document \(Swagger 2\.0\)$/m,
    );
  });

  it("a document that is neither JSON nor YAML, with the line where parsing stopped", async () => {
    await expectRefused(
      ["gallery", "--spec", join(fixtures, "bad/not-yaml.txt")],
      /not-yaml\.txt: is neither JSON nor YAML: .+ at line 3, column 1$/m,
    );
  });

  it("a $ref to a place that does not exist", async () => {
    await expectRefused(
      ["gallery", "--spec", join(fixtures, "bad/dangling-pointer.yaml")],
      /dangling-pointer\.yaml: dangling \$ref `#\/components\/schemas\/Missing` at #\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema: it points at nothing$/m,
    );
  });

  it("an empty file, or an HTML page saved as a file", async () => {
    await expectRefused(["gallery", "--spec", join(fixtures, "bad/empty.yaml")], /empty\.yaml: is empty$/m);
    await expectRefused(
      ["gallery", "--spec", join(fixtures, "bad/api-page.html")],
      /api-page\.html: is an HTML page, not an OpenAPI document$/m,
    );
  });

  it("a $ref that only leads to another and back", async () => {
    await expectRefused(
      ["gallery", "--spec", join(fixtures, "bad/circular-ref.yaml")],
      /circular-ref\.yaml: circular \$ref `#\/components\/schemas\/Thing` at #\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema: .*Thing → .*Item → .*Thing never reaches a value$/m,
    );
  });

  it("a document over 20 MB, and says so", async () => {
    const dir = await mkdtemp(join(tmpdir(), "new-provider-large-"));
    try {
      const large = join(dir, "openapi.yaml");
      await writeFile(large, `openapi: 3.1.0\n# ${"x".repeat(21 * 1024 * 1024)}\n`);
      await expectRefused(
        ["gallery", "--spec", large],
        /openapi\.yaml: is 21\.0 MB: documents over 20 MB are refused/m,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a name that collides with an existing provider's once `-` is dropped", async () => {
    const [existing] = listProviders(repoRoot).map((provider) => provider.name);
    const twin = `${existing!.slice(0, 2)}-${existing!.slice(2)}`;
    await expectRefused(
      [twin, "--spec", gallery],
      new RegExp(`^error: provider name \`${twin}\`: collides with specs/${existing}/ once`, "m"),
    );
  });

  it("a $ref to a file that does not exist", async () => {
    await expectRefused(
      ["gallery", "--spec", join(fixtures, "bad/dangling-file.yaml")],
      /dangling-file\.yaml: dangling \$ref `\.\/things\.yaml` at #\/paths\/~1things: .*things\.yaml: cannot be read \(ENOENT\)$/m,
    );
  });
});

it("prints its usage and exits 2 without a name or a --spec", async () => {
  for (const args of [[], ["gallery"], ["--spec", gallery]]) {
    const { code, stderr } = await runNewProvider(args, repo.root);
    expect(stderr).toMatch(/^usage: pnpm new-provider <name> --spec <file-or-url>/m);
    expect(code).toBe(2);
  }
});
