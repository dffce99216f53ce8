import { readdir } from "node:fs/promises";
import parseChangeset from "@changesets/parse";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findVendoredMismatches, sha256Of } from "../../specs-check/vendored-hashes.ts";
import { specsSync } from "../../specs-sync/specs-sync-command.ts";
import { type FixtureServer, startFixtureServer } from "../specs-check/fixture-server.ts";
import { asJson, dropProperty, flamelPublished } from "../specs-check/published-documents.ts";
import {
  createUpstreamCopy,
  createUpstreamRepo,
  type TempRepo,
  type UpstreamCopy,
  upstreamPaths,
} from "../specs-check/upstream-repo.ts";
import { runCli, runInProcess } from "../specs-diff/run-cli.ts";

let server: FixtureServer;
let repo: TempRepo;
let flamel: Record<string, any>;

// What cli.ts runs, in-process; the Novita case runs the CLI itself.
const sync = (provider: string) => runInProcess(specsSync, [provider, "--root", repo.root]);
const changesets = async () =>
  (await readdir(repo.path(".changeset")).catch(() => [] as string[])).filter((name) => name.endsWith(".md"));
const toPrompt = () => flamel.paths["/api/images/imageToPrompt"].post;

beforeAll(async () => {
  server = await startFixtureServer({});
});
afterAll(() => server.close());

function publish(): void {
  server.serve(upstreamPaths.flamel, asJson(flamel));
}

// A sync that regenerates the package also rebuilds it and refreshes its API reports: these run in a
// full copy of the repo (the checkout's install and built packages). The whole drift pull request
// (new error code, new property, the checks npm test runs on it) is tests/ci/upstream-drift-workflow,
// which also rebuilds the packages built on Flamel and checks their reports; here the copy holds
// Flamel and the core it is built on, so the sync rebuilds and reports the package it changes only.
describe("specs:sync, rebuilding the package", { timeout: 600_000 }, () => {
  let copy: UpstreamCopy;
  beforeEach(async () => {
    copy = await createUpstreamCopy(server.url, { packages: ["core", "flamel"] });
    flamel = await flamelPublished(copy.root);
  }, 300_000); // a copy of the whole repo: far more than the default 10 s on a busy machine
  afterEach(() => copy?.remove());
  const syncCopy = () => runInProcess(specsSync, ["flamel", "--root", copy.root]);
  const copyChangesets = async () =>
    (await readdir(copy.path(".changeset"))).filter((name) => /-upstream-[0-9a-f]{8}\.md$/.test(name));

  it("a documentation-only change is a patch release, the public API unchanged, the hash recorded", async () => {
    toPrompt().summary = "Describe an image as a prompt";
    server.serve(upstreamPaths.flamel, asJson(flamel));
    const result = await syncCopy();
    expect(result, result.stderr).toMatchObject({ code: 0 });
    const vendored = await copy.read("specs/flamel/upstream/image-to-prompt.yaml");
    expect(await copy.read("specs/flamel/source.yaml")).toContain(`sha256: ${sha256Of(vendored)}`);
    expect(await findVendoredMismatches(copy.root)).toEqual([]);
    const [name] = await copyChangesets();
    const changeset = parseChangeset(await copy.read(`.changeset/${name}`));
    expect(changeset.releases).toEqual([{ name: "@image-sdk/flamel", type: "patch" }]);
    expect(changeset.summary).toContain("public API (api/*.api.md): unchanged");
    expect(await copy.git("status", "--porcelain", "packages/flamel/api")).toBe("");
  });
});

describe("specs:sync", { timeout: 120_000 }, () => {
  // A copy of the specs and package outputs only: these syncs stop before any rebuild.
  beforeEach(async () => {
    repo = await createUpstreamRepo(server.url, ["flamel", "novita"]);
    flamel = await flamelPublished(repo.root);
  });
  afterEach(() => repo.remove());

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
    const result = await runCli("specs-sync/cli.ts", ["novita", "--root", repo.root]);
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
