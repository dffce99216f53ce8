import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { launchChromium } from "@image-sdk/test-support/chromium";
import type { ScenarioApi } from "./scenario-api.ts";
import { bundleEntry } from "./worker-bundles.ts";

/**
 * Builds the consumer's browser app with esbuild (for the web: no Node built-ins, no `process`),
 * serves it from the API's own origin and runs it in headless Chromium.
 */
export async function runInChromium(
  consumer: string,
  scratch: string,
  api: ScenarioApi,
  base: string,
  timeout: number,
): Promise<unknown> {
  const bundle = await bundleEntry(consumer, "browser.mjs", join(scratch, "app.js"), {
    format: "esm",
    conditions: ["browser"],
  });
  const prefix = new URL(base).pathname;
  api.serve(`${prefix}/app.js`, "text/javascript", await readFile(bundle, "utf8"));
  api.serve(`${prefix}/page`, "text/html", '<!doctype html><script type="module" src="app.js"></script>');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${base}/page?base=${encodeURIComponent(base)}`, { timeout });
    const results = await page.waitForFunction(
      () => (window as unknown as { scenarioResults?: string }).scenarioResults,
      undefined,
      { timeout },
    );
    if (errors.length > 0) throw new Error(`Chromium: errors on the page: ${errors.join("; ")}`);
    return JSON.parse((await results.jsonValue()) as string);
  } finally {
    await browser.close();
  }
}
