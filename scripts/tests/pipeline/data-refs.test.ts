// The pipeline on a document whose examples and extensions hold `$ref`s that are data (a SCIM URN,
// a code-sample file that is not there): lint, bundle and generate pass, and what ships has them
// as upstream wrote them.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSpec } from "../../pipeline/bundle-spec.ts";
import { generateTypes } from "../../pipeline/generate-types.ts";
import { lintSpec } from "../../pipeline/lint-spec.ts";

const fixture = new URL("../fixtures/quirk-documents/refs-as-data.openapi.json", import.meta.url);
// What the fixture gets wrong besides: the relaxations new-provider would write for it.
const relaxed =
  "    rules:\n      no-server-example.com: warn\n      operation-4xx-response: warn\n      struct: warn\n";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "data-refs-"));
  await mkdir(join(root, "specs/refs/upstream"), { recursive: true });
  await mkdir(join(root, "packages/refs"), { recursive: true });
  await writeFile(join(root, "specs/refs/upstream/openapi.json"), await readFile(fixture));
  await writeFile(join(root, "specs/refs/source.yaml"), "entry: upstream/openapi.json\noverlay: overlay.yaml\n");
  await writeFile(
    join(root, "specs/refs/overlay.yaml"),
    "overlay: 1.0.0\ninfo: {title: refs, version: 1.0.0}\nactions:\n  - target: $.info\n    description: A correction beside the data $refs.\n    update: {summary: Users}\n",
  );
  await writeFile(join(root, "packages/refs/package.json"), '{ "name": "refs", "version": "0.0.0" }\n');
  await writeFile(
    join(root, "redocly.yaml"),
    `extends:\n  - recommended-strict\napis:\n  refs:\n    root: specs/refs/upstream/openapi.json\n${relaxed}  refs@corrected:\n    root: packages/refs/openapi.json\n${relaxed}`,
  );
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe("$ref inside examples and extensions", () => {
  it("lint, bundle and generate pass; openapi.json and the types keep the $refs as data", async () => {
    await lintSpec("refs", root);
    await bundleSpec("refs", root);
    const upstream = JSON.parse(await readFile(fixture, "utf8"));
    const shipped = JSON.parse(await readFile(join(root, "packages/refs/openapi.json"), "utf8"));
    expect(shipped).toEqual({ ...upstream, info: { ...upstream.info, summary: "Users" } });
    await generateTypes("refs", root);
    const types = await readFile(join(root, "packages/refs/src/generated/openapi.ts"), "utf8");
    expect(types).not.toContain("~$ref");
    expect(types).toContain("createUser");
    // The published file is left as it is.
    expect(await readFile(join(root, "specs/refs/upstream/openapi.json"))).toEqual(await readFile(fixture));
  }, 120_000);
});
