import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { extractCommitted, findGeneratedDrift, renderGeneratedDrift } from "../../specs-check/generated-drift.ts";
import { createTempRepo, type TempRepo } from "../pipeline/temp-repo.ts";

/** What the committed specs/ generate against the committed outputs, computed once for this file. */
let committedDrift: Promise<string> | undefined;
function driftOfCommitted(): Promise<string> {
  committedDrift ??= (async () => {
    const committed = await extractCommitted(repoRoot);
    try {
      return renderGeneratedDrift(await findGeneratedDrift(committed));
    } finally {
      await rm(committed, { recursive: true, force: true });
    }
  })();
  return committedDrift;
}

/**
 * Whether every file the drift check reads (specs/, redocly.yaml, each package's openapi.json,
 * src/generated/ and src/helpers.ts) is as committed: then the working tree's drift is the last
 * commit's, and regenerating every provider a second time would prove nothing more.
 */
async function driftInputsAsCommitted(): Promise<boolean> {
  const { stdout } = await promisify(execFile)(
    "git",
    [
      "status",
      "--porcelain",
      "--untracked-files=all",
      "--ignored",
      "--",
      "specs",
      "redocly.yaml",
      "packages/*/openapi.json",
      "packages/*/src/generated",
      "packages/*/src/helpers.ts",
    ],
    { cwd: repoRoot },
  );
  return stdout === "";
}

describe("generated-code drift", { timeout: 120_000 }, () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.remove());

  it("every package's openapi.json and src/generated/ in the working tree are what specs/ generates", async () => {
    // On failure the message is the unified diff of each stale file: run `pnpm generate`.
    const drift = (await driftInputsAsCommitted())
      ? await driftOfCommitted()
      : renderGeneratedDrift(await findGeneratedDrift(repoRoot));
    expect(drift).toBe("Generated files match specs/.\n");
  });

  it("the committed openapi.json and src/generated/ are what the committed specs/ generate", async () => {
    // Under `pnpm test` the build has already regenerated the working tree, so this is the check
    // that catches a commit whose generated files are stale.
    expect(await driftOfCommitted()).toBe("Generated files match specs/.\n");
  });

  it("reports a spec edited without regenerating, a hand-edited generated file and a stale extra file, each as a unified diff", async () => {
    repo = await createTempRepo(["flamel", "freepik", "novita"]);
    await repo.edit("specs/novita/openapi.yaml", (text) =>
      text.replace("Extracts a prompt from an image. JSON bodies only.", "Describes an image as a prompt."),
    );
    await repo.edit("packages/flamel/src/generated/errors.ts", (text) => `${text}export const edited = true;\n`);
    await writeFile(repo.path("packages/freepik/src/generated/old-types.ts"), "export type Old = 1;\n");

    const stale = await findGeneratedDrift(repo.root);
    expect(stale.map((entry) => entry.file)).toEqual([
      "packages/flamel/src/generated/errors.ts",
      "packages/freepik/src/generated/old-types.ts",
      "packages/novita/openapi.json",
      "packages/novita/src/generated/openapi.ts",
    ]);
    const [errors, extra, bundle] = stale;
    expect(errors?.diff).toMatch(
      /^--- a\/packages\/flamel\/src\/generated\/errors\.ts\tworking tree\n\+\+\+ b\/packages\/flamel\/src\/generated\/errors\.ts\tregenerated from specs\/\n@@ .* @@\n[\s\S]*^-export const edited = true;$/m,
    );
    expect(extra?.diff).toMatch(
      /^--- a\/packages\/freepik\/src\/generated\/old-types\.ts\tworking tree\n\+\+\+ \/dev\/null\tnot generated from specs\/ \(stale\)\n[\s\S]*^-export type Old = 1;$/m,
    );
    expect(bundle?.diff).toMatch(/^-.*"description": "Extracts a prompt from an image\. JSON bodies only\.",$/m);
    expect(bundle?.diff).toMatch(/^\+.*"description": "Describes an image as a prompt\.",$/m);
    expect(renderGeneratedDrift(stale)).toMatch(
      /^4 generated files are out of date with specs\/ \(run `pnpm generate` and commit the result\):\n=+\n--- a\//,
    );
  });
});
