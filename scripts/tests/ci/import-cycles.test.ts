import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { repoRoot } from "../../pipeline/provider-spec.ts";

// `pnpm lint` ends with the root `lint:cycles` script. It is run here as written in package.json,
// in a scratch folder laid out like the repository, so a change that stops it failing on a cycle
// (a glob that misses a folder, an exit code dropped) fails this test.
const { scripts } = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "image-sdk-import-cycles-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function put(relative: string, contents: string) {
  await mkdir(join(root, relative, ".."), { recursive: true });
  await writeFile(join(root, relative), contents);
}

function lintCycles(): Promise<{ code: number; stdout: string }> {
  const command = scripts["lint:cycles"];
  if (!command) throw new Error("package.json has no lint:cycles script");
  const env = { ...process.env, PATH: `${join(repoRoot, "node_modules", ".bin")}${delimiter}${process.env.PATH}` };
  return new Promise((resolve) => {
    execFile("sh", ["-c", command], { cwd: root, env }, (error, stdout) =>
      resolve({ code: error ? (error.code as number) : 0, stdout }),
    );
  });
}

it("is part of pnpm lint", () => {
  expect(scripts.lint).toContain("pnpm run lint:cycles");
});

it("fails on two modules that import each other, type imports included, and names both", async () => {
  await put(
    "packages/example/src/options.ts",
    'import type { Level } from "./level.ts";\nexport type Options = { level: Level };\n',
  );
  await put(
    "packages/example/src/level.ts",
    'import type { Options } from "./options.ts";\nexport type Level = Options["level"] | "off";\n',
  );
  const { code, stdout } = await lintCycles();
  expect(code).not.toBe(0);
  expect(stdout).toMatch(/packages\/example\/src\/(options|level)\.ts -> packages\/example\/src\/(level|options)\.ts/);
});

it("looks in every package's src and tests, scripts, tests and bench", async () => {
  const folders = ["packages/example/src", "packages/example/tests", "scripts/tool", "tests/suite/src", "bench/src"];
  for (const folder of folders) {
    await put(`${folder}/a.ts`, 'import { b } from "./b.ts";\nexport const a = () => b;\n');
    await put(`${folder}/b.ts`, 'import { a } from "./a.ts";\nexport const b = () => a;\n');
  }
  const { code, stdout } = await lintCycles();
  expect(code).not.toBe(0);
  // dpdm starts each cycle at whichever module it reaches first, which follows the file system's order.
  for (const folder of folders) {
    expect(
      [`${folder}/a.ts -> ${folder}/b.ts`, `${folder}/b.ts -> ${folder}/a.ts`].some((cycle) => stdout.includes(cycle)),
      stdout,
    ).toBe(true);
  }
});

it("passes modules that import in one direction only", async () => {
  await put("packages/example/src/level.ts", 'export type Level = "off" | "on";\n');
  await put(
    "packages/example/src/options.ts",
    'import type { Level } from "./level.ts";\nexport type Options = { level: Level };\n',
  );
  expect(await lintCycles()).toMatchObject({ code: 0 });
});
