import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { repoRoot } from "../../pipeline/provider-spec.ts";

// CI's contract matrix comes from this list: a provider is a specs/<name>/source.yaml whose package
// ships packages/<name>/openapi.json; core and other packages without specs are never in it.
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "image-sdk-providers-matrix-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function put(relative: string, contents = "{}\n") {
  await mkdir(join(root, relative, ".."), { recursive: true });
  await writeFile(join(root, relative), contents);
}

function matrix(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repoRoot, "scripts", "ci", "providers-matrix.ts"), root],
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

it("prints every provider with a manifest and a bundled document as a JSON array, in name order", async () => {
  await put("specs/zeta-ai/source.yaml", "entry: openapi.yaml\n");
  await put("packages/zeta-ai/openapi.json");
  await put("specs/acme/source.yaml", "entry: openapi.yaml\n");
  await put("packages/acme/openapi.json");
  await put("specs/not-built-yet/source.yaml", "entry: openapi.yaml\n");
  await put("specs/notes/README.md", "no manifest: not a provider\n");
  await put("packages/core/package.json");
  expect(await matrix()).toEqual({ code: 0, stdout: '["acme","zeta-ai"]\n', stderr: "" });
});

it("fails, naming what it looked for, when there is no provider", async () => {
  await put("specs/notes/README.md", "no manifest\n");
  const result = await matrix();
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(
    /no provider found \(specs\/<name>\/source\.yaml with packages\/<name>\/openapi\.json\)/,
  );
});
