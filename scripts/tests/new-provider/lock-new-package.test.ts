// The new package's lockfile entries come from versions the lockfile already holds, so the install
// after `pnpm new-provider` links offline instead of asking the registry for metadata.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { lockNewPackage } from "../../new-provider/lock-new-package.ts";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { readLockfile } from "../../repo/pnpm-lockfile.ts";

let root: string;
const lockfile = () => readFile(join(root, "pnpm-lock.yaml"), "utf8");

async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), `${JSON.stringify(value, null, 2)}\n`);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "image-sdk-lock-new-package-"));
  // The real lockfile and the manifests of the importers it names.
  const importers = Object.keys((await readLockfile(repoRoot)).toJSON().importers as object);
  for (const dir of importers) {
    await mkdir(join(root, dir), { recursive: true });
    await cp(join(repoRoot, dir, "package.json"), join(root, dir, "package.json"));
  }
  await cp(join(repoRoot, "pnpm-lock.yaml"), join(root, "pnpm-lock.yaml"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

it("adds the new importer and the consumers' links, in pnpm's order and format, and nothing else", async () => {
  const before = await lockfile();
  const openapiFetch = JSON.parse(await readFile(join(repoRoot, "packages/core/package.json"), "utf8"));
  const pinned = openapiFetch.dependencies?.["openapi-fetch"] ?? openapiFetch.peerDependencies?.["openapi-fetch"];
  await writeJson("packages/gallery/package.json", {
    name: "@image-sdk/gallery",
    dependencies: { "openapi-fetch": pinned, "@image-sdk/core": "workspace:*" },
    devDependencies: { "@image-sdk/test-support": "workspace:*" },
  });
  const contract = JSON.parse(await readFile(join(root, "tests/contract/package.json"), "utf8"));
  contract.devDependencies["@image-sdk/gallery"] = "workspace:*";
  await writeJson("tests/contract/package.json", contract);

  expect(await lockNewPackage(root, "packages/gallery", ["tests/contract/package.json"])).toBe(true);
  const after = await lockfile();
  const added = [
    "  packages/gallery:\n    dependencies:\n      '@image-sdk/core':\n        specifier: workspace:*\n        version: link:../core\n",
    `      openapi-fetch:\n        specifier: ${pinned}\n        version: ${pinned}\n`,
    "    devDependencies:\n      '@image-sdk/test-support':\n        specifier: workspace:*\n        version: link:../../tests/support\n\n",
  ].join("");
  expect(after).toContain(`\n\n${added}  packages/`);
  const link =
    "      '@image-sdk/gallery':\n        specifier: workspace:*\n        version: link:../../packages/gallery\n";
  const contractBlock = after.slice(after.indexOf("\n  tests/contract:\n"));
  expect(contractBlock.slice(0, contractBlock.indexOf("\n\n"))).toContain(link);
  expect(after.replace(added, "").replace(link, "")).toBe(before);
});

it("changes nothing when a dependency has no locked version to copy", async () => {
  const before = await lockfile();
  await writeJson("packages/gallery/package.json", {
    name: "@image-sdk/gallery",
    dependencies: { "left-pad": "1.3.0" },
  });
  expect(await lockNewPackage(root, "packages/gallery", [])).toBe(false);
  expect(await lockfile()).toBe(before);
});

it("links the new package where its consumer lists it: dependencies for one that keeps every provider", async () => {
  await writeJson("packages/gallery/package.json", {
    name: "@image-sdk/gallery",
    dependencies: { "@image-sdk/core": "workspace:*" },
  });
  const consumer = JSON.parse(await readFile(join(root, "packages/image-to-prompt/package.json"), "utf8"));
  consumer.dependencies["@image-sdk/gallery"] = "workspace:*";
  await writeJson("packages/image-to-prompt/package.json", consumer);

  expect(await lockNewPackage(root, "packages/gallery", ["packages/image-to-prompt/package.json"])).toBe(true);
  const after = (await readLockfile(root)).toJSON().importers["packages/image-to-prompt"];
  expect(after.dependencies["@image-sdk/gallery"]).toEqual({ specifier: "workspace:*", version: "link:../gallery" });
  expect(after.devDependencies?.["@image-sdk/gallery"]).toBeUndefined();
});
