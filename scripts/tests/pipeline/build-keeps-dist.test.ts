import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { repoRoot } from "../../pipeline/provider-spec.ts";

// scripts/build/build-package.ts builds into a staging folder and swaps it in only on success.
let dir: string;

function build(): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repoRoot, "scripts", "build", "build-package.ts")],
      { cwd: dir },
      (error, _out, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
    );
  });
}

beforeEach(async () => {
  // Inside the repo, so the package resolves tsup and the shared recipe like a real one.
  dir = await mkdtemp(join(repoRoot, "scripts", "tests", "pipeline", ".tmp-package-"));
  await mkdir(join(dir, "src"));
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "fixture", type: "module" }));
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({ extends: "../../../../tsconfig.base.json", include: ["src"] }),
  );
  await writeFile(
    join(dir, "tsup.config.ts"),
    `import { packageBuild } from "../../../build/tsup-config.ts";\nexport default packageBuild({ index: "src/index.ts" });\n`,
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it("replaces dist/ after a successful build", async () => {
  await writeFile(join(dir, "src", "index.ts"), "export const answer: number = 42;\n");
  expect((await build()).code).toBe(0);
  expect(await readFile(join(dir, "dist", "index.js"), "utf8")).toContain("42");
  expect((await readdir(dir)).filter((name) => name.startsWith("dist"))).toEqual(["dist"]);
});

it("leaves the previous dist/ intact when the build fails", async () => {
  await writeFile(join(dir, "src", "index.ts"), "export const answer: number = 42;\n");
  expect((await build()).code).toBe(0);
  const before = await readFile(join(dir, "dist", "index.js"), "utf8");

  await writeFile(join(dir, "src", "index.ts"), "export const answer: number = ;\n");
  const { code, stderr } = await build();
  expect(code).toBe(1);
  expect(stderr).toMatch(/error: build failed in .*dist\/ left as it was/);
  expect(await readFile(join(dir, "dist", "index.js"), "utf8")).toBe(before);
  expect((await readdir(dir)).filter((name) => name.startsWith("dist"))).toEqual(["dist"]);
});
