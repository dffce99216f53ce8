import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { specsCheck } from "../../specs-check/specs-check-command.ts";
import { runCli, runInProcess } from "../specs-diff/run-cli.ts";
import { type FixtureServer, refusedUrl, startFixtureServer } from "./fixture-server.ts";
import { asJson, asYaml, dropProperty, flamelPublished, freepikPublished } from "./published-documents.ts";
import { createUpstreamRepo, type TempRepo, upstreamPaths } from "./upstream-repo.ts";

let server: FixtureServer;
let repo: TempRepo;
let flamel: Record<string, any>;
let freepik: Record<string, any>;

// What cli.ts runs, in-process; the unknown-provider case runs the CLI itself.
const check = (...args: string[]) => runInProcess(specsCheck, [...args, "--root", repo.root]);

/**
 * The providers the scratch copy holds: the two whose published documents the fixture server plays
 * (a JSON one and a YAML one), and Novita, whose document we author and the check skips.
 */
const copied = ["flamel", "freepik", "novita"];

beforeAll(async () => {
  server = await startFixtureServer({});
});
afterAll(() => server.close());

beforeEach(async () => {
  repo = await createUpstreamRepo(server.url, copied);
  [flamel, freepik] = await Promise.all([flamelPublished(repo.root), freepikPublished(repo.root)]);
  server.serve(upstreamPaths.flamel, asJson(flamel));
  server.serve(upstreamPaths.freepik, asYaml(freepik));
  server.requests.length = 0;
});
afterEach(() => repo.remove());

describe("specs:check", { timeout: 60_000 }, () => {
  it("reports no drift when upstream publishes what we vendor, fetching each URL once; Novita is skipped", async () => {
    const result = await check();
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `specs/flamel/upstream/image-to-prompt.yaml: up to date with ${server.url(upstreamPaths.flamel)}`,
    );
    expect(result.stdout).toContain(
      `specs/flamel/upstream/create-image.yaml: up to date with ${server.url(upstreamPaths.flamel)}`,
    );
    expect(result.stdout).toContain(
      `specs/freepik/upstream/image-to-prompt.yaml: up to date with ${server.url(upstreamPaths.freepik)}`,
    );
    expect(result.stdout).toMatch(
      /^novita: skipped — authored by us from https:\/\/novita\.ai\/\S+; there is no upstream document to check$/m,
    );
    expect(server.requests.sort()).toEqual([upstreamPaths.flamel, upstreamPaths.freepik]);
  });

  it("exits 1 on drift, listing each change with whether it breaks, and writes nothing", async () => {
    const before = await repo.snapshot("specs");
    const operation = flamel.paths["/api/images/imageToPrompt"].post;
    operation.requestBody.content["application/json"].schema.required.push("language");
    operation.requestBody.content["application/json"].schema.properties.language = { type: "string" };
    operation.responses["201"].content["application/json"].schema.properties.captionTPrompt.description =
      "Translated prompt";
    server.serve(upstreamPaths.flamel, asJson(flamel));

    const result = await check("flamel");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `specs/flamel/upstream/image-to-prompt.yaml: drifted from ${server.url(upstreamPaths.flamel)}`,
    );
    expect(result.stdout).toMatch(
      /yes\s+request-property-added\s+POST \/api\/images\/imageToPrompt: request body \(application\/json\) field `language` added \(required\)/,
    );
    expect(result.stdout).toMatch(
      /no\s+documentation-changed\s+POST \/api\/images\/imageToPrompt: response 201 \(application\/json\) field `captionTPrompt`: `description` changed/,
    );
    // @image-sdk/flamel is 0.x: breaking is a minor release.
    expect(result.stdout).toContain("2 changes, 1 breaking; semver bump: minor");
    expect(result.stdout).toContain("specs/flamel/upstream/create-image.yaml: up to date");
    expect(result.stdout).toContain("run `pnpm specs:sync flamel`");
    expect(result.stdout).not.toContain("freepik");
    expect(await repo.snapshot("specs")).toEqual(before);
  });

  it("names a listed operation upstream no longer publishes", async () => {
    delete flamel.paths["/api/images/imageToPrompt"];
    server.serve(upstreamPaths.flamel, asJson(flamel));
    const result = await check("flamel");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "listed operation `post /api/images/imageToPrompt` is not in the published document",
    );
    expect(result.stdout).toMatch(/yes\s+operation-removed\s+POST \/api\/images\/imageToPrompt removed/);
    // specs/flamel/openapi.yaml $refs that operation in the vendored file: the build would break too.
    expect(result.stdout).toMatch(
      /^ {2}specs\/flamel\/openapi\.yaml no longer bundles with the published documents: .*resolve/m,
    );
  });

  it("lists every overlay action the published documents no longer match", async () => {
    // Upstream drops `resolution` (corrected by actions[1]) and fixes the style branch's imageId (actions[5]).
    dropProperty(flamel.components.schemas.CreatedImageDto, "resolution");
    delete flamel.components.schemas.CreateImageWithStyleIdDto.properties.imageId;
    server.serve(upstreamPaths.flamel, asJson(flamel));
    const result = await check("flamel");
    expect(result.code).toBe(1);
    const unmatched = result.stdout
      .split("\n")
      .filter((line) => line.includes("matches nothing in the published document"));
    expect(unmatched).toEqual([
      expect.stringContaining(
        "specs/flamel/overlay.yaml: actions[1] (`$.components.schemas.CreatedImageDto.properties.resolution`)",
      ),
      expect.stringContaining(
        "specs/flamel/overlay.yaml: actions[5] (`$.components.schemas.CreateImageWithStyleIdDto.properties.imageId`)",
      ),
    ]);
  });

  it.each([
    {
      name: "a 404",
      route: { status: 404, type: "text/plain", body: "Not Found" },
      reason: "answered HTTP 404 Not Found",
    },
    {
      name: "an HTML page",
      route: { type: "text/html", body: "<!doctype html><h1>Docs moved</h1>" },
      reason: "answered an HTML page (content-type text/html), not an OpenAPI document: has it moved?",
    },
    {
      name: "JSON that is not OpenAPI",
      route: { type: "application/json", body: '{"error":"rate limited"}' },
      reason: "is not an OpenAPI 3.0 or 3.1 document (no `openapi` field)",
    },
    {
      name: "a body that is not JSON or YAML",
      route: { type: "application/json", body: '{"openapi": "3.0.0", ' },
      reason: "is neither JSON nor YAML: Flow map must end with a } at line 1, column 22\n",
    },
  ])("$name upstream is an error naming the URL (exit 2), never “no drift”", async ({ route, reason }) => {
    server.serve(upstreamPaths.freepik, route);
    const result = await check();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: freepik: ${server.url(upstreamPaths.freepik)}: ${reason}`);
    expect(result.stdout).not.toMatch(/freepik\/upstream\/image-to-prompt\.yaml: up to date/);
    // The other providers are still checked.
    expect(result.stdout).toContain("specs/flamel/upstream/create-image.yaml: up to date");
  });

  it("a refused connection is an error naming the URL (exit 2)", async () => {
    const url = await refusedUrl("/api-json");
    await repo.edit("specs/flamel/source.yaml", (text) => text.replace(/url: \S+/g, `url: ${url}`));
    const result = await check("flamel");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: flamel: ${url}: cannot be fetched (ECONNREFUSED)\n`);
  });

  it("an unknown provider is a usage error (exit 2)", async () => {
    const result = await runCli("specs-check/cli.ts", ["midjourney", "--root", repo.root]);
    expect(result).toMatchObject({
      code: 2,
      stderr: `error: no provider \`midjourney\` (specs/*/source.yaml has: ${copied.join(", ")})\n`,
    });
  });
});
