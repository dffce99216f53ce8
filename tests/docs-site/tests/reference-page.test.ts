import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@image-sdk/test-support/chromium";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildSite } from "../../../docs/src/build-site.ts";
import { crawlSite, type PageVisit } from "../support/crawl-site.ts";
import { expectedOperations, missingOperations } from "../support/reference-operations.ts";

// A provider nobody hand-checked, as `pnpm new-provider` would add it: the site built from a tree
// of its own holding one made-up OpenAPI 3.1 document with tags, webhooks and the operations
// Scalar places in unexpected spots (see the document's description). Every one of them must be
// on the reference page a reader opens, with no edit to the site or to this test.
const fixture = join(import.meta.dirname, "..", "fixtures", "tags-and-webhooks", "openapi.json");

let root: string;
let browser: Browser | undefined;
let visits: Map<string, PageVisit>;
let base: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "docs-reference-"));
  await mkdir(join(root, "specs", "studio"), { recursive: true });
  await mkdir(join(root, "packages", "studio"), { recursive: true });
  await writeFile(join(root, "specs", "studio", "source.yaml"), "entry: openapi.yaml\n");
  await writeFile(
    join(root, "packages", "studio", "package.json"),
    JSON.stringify({ name: "@image-sdk/studio", version: "0.1.0", description: "Studio" }),
  );
  await copyFile(fixture, join(root, "packages", "studio", "openapi.json"));
  await buildSite(root, join(root, "site"));
  base = pathToFileURL(join(root, "site", "/")).href;

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(120_000);
  visits = await crawlSite({ base, context, screenshotDir: join(root, "screenshots") });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await rm(root, { recursive: true, force: true });
});

it("renders every operation and webhook of a document with several tags", async () => {
  const document = JSON.parse(await readFile(fixture, "utf8"));
  expect(expectedOperations(document)).toHaveLength(10);
  const reference = visits.get(`${base}packages/studio/reference.html`);
  expect(reference?.problems).toEqual([]);
  expect(missingOperations(document, reference?.sections ?? [])).toEqual([]);
});
