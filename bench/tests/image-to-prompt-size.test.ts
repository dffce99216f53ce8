// @image-sdk/image-to-prompt is not a provider (no specs/), so it is not in the per-provider
// budgets: a browser app calling describeImage across every provider it has an adapter for has a
// budget of its own, and must not pull in the command's libraries or anything Node-only.
import { providerNames } from "@image-sdk/image-to-prompt";
import { expect, test } from "vitest";
import budgets from "../size-budgets.json" with { type: "json" };
import { measureBundle } from "../src/bundle-size.ts";

test("a browser app calling describeImage stays within its gzip budget, without the command's libraries", async () => {
  const size = await measureBundle(
    [
      `import { describeImage } from "@image-sdk/image-to-prompt";`,
      `describeImage("https://example.com/a.png", { providers: ${JSON.stringify(providerNames)} }).then(console.log);`,
    ].join("\n"),
  );
  const packages = Object.keys(size.bytesByPackage);
  expect(packages).toEqual(expect.arrayContaining(providerNames.map((name) => `@image-sdk/${name}`)));
  for (const cliOnly of ["commander", "listr2", "@stoplight/prism-cli"]) expect(packages).not.toContain(cliOnly);
  const detail = `${size.gzipBytes} B gzipped; minified bytes by package: ${JSON.stringify(size.bytesByPackage)}`;
  expect(size.gzipBytes, detail).toBeLessThanOrEqual(budgets.imageToPromptGzipBytes);
});
