// `npx image-to-prompt` right after `npm run setup` on a fresh clone: the package manager links the bin
// at install time, before anything is built, and skips a bin whose file does not exist yet. So the
// bin must be a committed source file (which loads the built command), never a build output.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");

describe("the image-to-prompt bin", () => {
  it("is a file git tracks, so a fresh install can link it before the build", async () => {
    const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      files: string[];
    };
    const target = manifest.bin["image-to-prompt"];
    expect(target).toBeDefined();
    const { stdout } = await promisify(execFile)("git", ["ls-files", "--error-unmatch", target ?? ""], {
      cwd: packageDir,
    });
    expect(stdout.trim()).toBe(target?.replace(/^\.\//, ""));
    expect(manifest.files).toContain(target?.replace(/^\.\//, "").split("/")[0]);
  });

  it("runs the built command", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      join(packageDir, "bin/image-to-prompt.js"),
      "--help",
    ]);
    expect(stdout).toContain("--mock");
  });
});
