import { readdir } from "node:fs/promises";
import parseChangeset from "@changesets/parse";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FixtureServer, startFixtureServer } from "../specs-check/fixture-server.ts";
import { asJson, dropProperty, flamelPublished } from "../specs-check/published-documents.ts";
import { createUpstreamRepo, type TempRepo, upstreamPaths } from "../specs-check/upstream-repo.ts";
import { runCli } from "../specs-diff/run-cli.ts";

let server: FixtureServer;
let repo: TempRepo;
let flamel: Record<string, any>;

const sync = (provider: string) => runCli("specs-sync/cli.ts", [provider, "--root", repo.root]);
const changesets = async () =>
  (await readdir(repo.path(".changeset")).catch(() => [] as string[])).filter((name) => name.endsWith(".md"));
const toPrompt = () => flamel.paths["/api/images/imageToPrompt"].post;

beforeAll(async () => {
  server = await startFixtureServer({});
});
afterAll(() => server.close());

beforeEach(async () => {
  repo = await createUpstreamRepo(server.url, ["flamel", "novita"]);
  flamel = await flamelPublished(repo.root);
});
afterEach(() => repo.remove());

function publish(): void {
  server.serve(upstreamPaths.flamel, asJson(flamel));
}

describe("specs:sync", { timeout: 120_000 }, () => {
  it("updates the vendored file, regenerates the package and writes a changeset with the package's bump", async () => {
    const createImage = await repo.read("specs/flamel/upstream/create-image.yaml");
    const body = toPrompt().requestBody.content["application/json"].schema;
    body.properties.language = { type: "string", description: "Language of the prompt" };
    delete toPrompt().responses["201"].content["application/json"].schema.properties.captionTPrompt;
    publish();

    const result = await sync("flamel");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("updated specs/flamel/upstream/image-to-prompt.yaml; regenerated packages/flamel");

    expect(await repo.read("specs/flamel/upstream/image-to-prompt.yaml")).toContain("language:");
    expect(await repo.read("specs/flamel/upstream/create-image.yaml")).toBe(createImage);
    const contract = JSON.parse(await repo.read("packages/flamel/openapi.json"));
    const schema = contract.paths["/api/images/imageToPrompt"].post.requestBody.content["application/json"].schema;
    expect(schema.properties.language).toEqual({ type: "string", description: "Language of the prompt" });
    expect(await repo.read("packages/flamel/src/generated/openapi.ts")).toMatch(/language\?: string;/);

    const [name, ...others] = await changesets();
    expect(others).toEqual([]);
    expect(name).toMatch(/^flamel-upstream-[0-9a-f]{8}\.md$/);
    expect(result.stdout).toContain(`wrote .changeset/${name} (minor)`);
    const changeset = parseChangeset(await repo.read(`.changeset/${name}`));
    // @image-sdk/flamel is 0.x: a breaking change (a response field removed) is a minor release.
    expect(changeset.releases).toEqual([{ name: "@image-sdk/flamel", type: "minor" }]);
    expect(changeset.summary).toContain(
      "- **Breaking:** POST /api/images/imageToPrompt: response 201 (application/json) field `captionTPrompt` removed",
    );
    expect(changeset.summary).toContain(
      "- POST /api/images/imageToPrompt: request body (application/json) field `language` added (optional)",
    );

    const check = await runCli("specs-check/cli.ts", ["flamel", "--root", repo.root]);
    expect(check.code).toBe(0);
  });

  it("a documentation-only change is a patch release", async () => {
    toPrompt().summary = "Describe an image as a prompt";
    publish();
    const result = await sync("flamel");
    expect(result.code).toBe(0);
    const [name] = await changesets();
    expect(parseChangeset(await repo.read(`.changeset/${name}`)).releases).toEqual([
      { name: "@image-sdk/flamel", type: "patch" },
    ]);
  });

  it("writes nothing when already in sync", async () => {
    publish();
    const before = { ...(await repo.snapshot("specs")), ...(await repo.snapshot("packages")) };
    const result = await sync("flamel");
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain("already in sync; nothing written");
    expect({ ...(await repo.snapshot("specs")), ...(await repo.snapshot("packages")) }).toEqual(before);
    expect(await changesets()).toEqual([]);
  });

  it("when an overlay action stops matching, updates the upstream file but not the package, names the action and exits 1", async () => {
    dropProperty(flamel.components.schemas.CreatedImageDto, "resolution");
    publish();
    const packageBefore = await repo.snapshot("packages/flamel");
    const result = await sync("flamel");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /yes\s+response-property-removed\s+POST \/api\/images\/create: response 201 \(application\/json\) field `images\[\]\.resolution` removed/,
    );
    expect(result.stdout).toContain(
      "specs/flamel/overlay.yaml: actions[1] (`$.components.schemas.CreatedImageDto.properties.resolution`) matches nothing",
    );
    expect(result.stderr).toContain(
      "specs/flamel/overlay.yaml (actions[1]): target `$.components.schemas.CreatedImageDto.properties.resolution` matches nothing",
    );
    expect(result.stderr).toContain(
      "The vendored files were updated (specs/flamel/upstream/create-image.yaml), but the package was not regenerated",
    );
    expect(await repo.read("specs/flamel/upstream/create-image.yaml")).not.toContain("resolution:");
    expect(await repo.snapshot("packages/flamel")).toEqual(packageBefore);
    expect(await changesets()).toEqual([]);
  });

  it("refuses Novita, whose spec we author (exit 2)", async () => {
    const result = await sync("novita");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: specs\/novita\/source\.yaml: novita is authored by us \(https:\/\/novita\.ai\/\S+\): there is no upstream to sync\n$/,
    );
  });

  it("a failed fetch writes nothing (exit 2)", async () => {
    server.serve(upstreamPaths.flamel, { status: 503, type: "text/plain", body: "maintenance" });
    const before = await repo.snapshot("specs");
    const result = await sync("flamel");
    expect(result).toMatchObject({
      code: 2,
      stderr: `error: ${server.url(upstreamPaths.flamel)}: answered HTTP 503 Service Unavailable\n`,
    });
    expect(await repo.snapshot("specs")).toEqual(before);
  });
});
