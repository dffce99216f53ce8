// @image-sdk/image-to-prompt is not a provider (no specs/), so it is not in the per-provider
// budgets: a browser app calling describeImage across all three providers has a budget of its own,
// and must not pull in the command's libraries or anything Node-only.
import { expect, test } from "vitest";
import budgets from "../size-budgets.json" with { type: "json" };
import { measureBundle } from "../src/bundle-size.ts";

test("a browser app calling describeImage stays within its gzip budget, without the command's libraries", async () => {
  const size = await measureBundle(
    [
      `import { describeImage } from "@image-sdk/image-to-prompt";`,
      `describeImage("https://example.com/a.png", { providers: ["flamel", "freepik", "novita"] }).then(console.log);`,
    ].join("\n"),
  );
  const packages = Object.keys(size.bytesByPackage);
  expect(packages).toEqual(expect.arrayContaining(["@image-sdk/flamel", "@image-sdk/freepik", "@image-sdk/novita"]));
  for (const cliOnly of ["commander", "listr2", "@stoplight/prism-cli"]) expect(packages).not.toContain(cliOnly);
  const detail = `${size.gzipBytes} B gzipped; minified bytes by package: ${JSON.stringify(size.bytesByPackage)}`;
  expect(size.gzipBytes, detail).toBeLessThanOrEqual(budgets.imageToPromptGzipBytes);
});
