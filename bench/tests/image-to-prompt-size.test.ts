// @image-sdk/image-to-prompt is not a provider (no specs/), so it is not in the per-provider
// budgets: a browser app calling describeImage across every provider it depends on has a budget of
// its own, and must not pull in the command's libraries or anything Node-only.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { listProviders } from "@image-sdk/scripts/repo/providers.ts";
import { expect, test } from "vitest";
import budgets from "../size-budgets.json" with { type: "json" };
import { measureBundle } from "../src/bundle-size.ts";

// The providers image-to-prompt depends on, read from its manifest (not imported: the new-provider
// scratch copy, which type-checks this file, has no image-to-prompt).
const manifest = JSON.parse(await readFile(join(repoRoot, "packages/image-to-prompt/package.json"), "utf8"));
const providers = listProviders().filter((provider) => provider.names.packageName in manifest.dependencies);

test("a browser app calling describeImage stays within its gzip budget, without the command's libraries", async () => {
  const size = await measureBundle(
    [
      `import { describeImage } from "@image-sdk/image-to-prompt";`,
      `describeImage("https://example.com/a.png", { providers: ${JSON.stringify(providers.map((p) => p.name))} }).then(console.log);`,
    ].join("\n"),
  );
  const packages = Object.keys(size.bytesByPackage);
  expect(providers.length).toBeGreaterThan(0);
  expect(packages).toEqual(expect.arrayContaining(providers.map((provider) => provider.names.packageName)));
  for (const cliOnly of ["commander", "listr2", "@stoplight/prism-cli"]) expect(packages).not.toContain(cliOnly);
  const detail = `${size.gzipBytes} B gzipped; minified bytes by package: ${JSON.stringify(size.bytesByPackage)}`;
  expect(size.gzipBytes, detail).toBeLessThanOrEqual(budgets.imageToPromptGzipBytes);
});
