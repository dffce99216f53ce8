// publint and Are the Types Wrong on each public package, as packed for publishing: the exports
// map, entry files and declarations must agree for ESM, CJS and every TypeScript resolution mode.
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import { describe, expect, inject, it } from "vitest";
import { packageBin } from "../src/package-bin.ts";
import { workspaceRoot } from "../src/workspace-packages.ts";

// Packed once for the run by src/global-setup.ts: every public package.
const packedPackages = inject("packedPackages");
const publint = await packageBin("publint", "publint");
const attw = await packageBin("@arethetypeswrong/cli", "attw");

describe.each(packedPackages.map((packed) => ({ name: packed.manifest.name, packed })))(
  "$name as packed",
  ({ packed }) => {
    const { path } = packed;
    const work = dirname(packed.tarball);

    it("ships the repository's LICENSE and what the registry's package page shows", async () => {
      const license = await runCommand("tar", ["-xzOf", packed.tarball, "package/LICENSE"], { cwd: work });
      expect(license).toBe(await readFile(join(workspaceRoot, "LICENSE"), "utf8"));
      expect(license).toMatch(/^MIT License/);
      const { repository: repo, homepage, bugs, keywords, license: spdx } = packed.manifest;
      expect(spdx).toBe("MIT");
      // `directory` is what lets the page link into the monorepo, so it must be this package's folder.
      expect(repo).toEqual({
        type: "git",
        url: expect.stringMatching(/^git\+https:\/\/.+\.git$/),
        directory: relative(workspaceRoot, path),
      });
      const web = String(repo?.url)
        .replace(/^git\+/, "")
        .replace(/\.git$/, "");
      expect(homepage).toBe(`${web}/tree/main/${repo?.directory}#readme`);
      expect(bugs).toEqual({ url: `${web}/issues` });
      expect(keywords).toEqual(expect.arrayContaining(["image-sdk"]));
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
  },
);
