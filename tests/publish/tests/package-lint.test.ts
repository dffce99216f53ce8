// publint and Are the Types Wrong on each public package, as packed for publishing: the exports
// map, entry files and declarations must agree for ESM, CJS and every TypeScript resolution mode.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageBin } from "../src/package-bin.ts";
import { runCommand } from "../src/run-command.ts";
import { listPublicPackages, type PackedPackage, packWorkspacePackage } from "../src/workspace-packages.ts";

const publicPackages = await listPublicPackages();
const publint = await packageBin("publint", "publint");
const attw = await packageBin("@arethetypeswrong/cli", "attw");

describe.each(publicPackages.map((pkg) => ({ name: pkg.name, path: pkg.path })))("$name as packed", ({ path }) => {
  let work: string;
  let packed: PackedPackage;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "image-sdk-lint-"));
    packed = await packWorkspacePackage(path, work);
  });

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it("passes publint with warnings as errors", async () => {
    // --strict: publint exits non-zero on any error or warning, and lists them.
    await expect(
      runCommand(process.execPath, [publint, "run", packed.tarball, "--strict"], { cwd: work }),
    ).resolves.toBeTypeOf("string");
  });

  it("passes Are the Types Wrong (strict profile: node10, node16 ESM and CJS, bundler)", async () => {
    // attw exits non-zero on any problem; its table says which entry point and resolution mode.
    const check = runCommand(
      process.execPath,
      [attw, packed.tarball, "--profile", "strict", "--format", "table-flipped", "--no-color"],
      { cwd: work },
    );
    await expect(check).resolves.toBeTypeOf("string");
  });
});
