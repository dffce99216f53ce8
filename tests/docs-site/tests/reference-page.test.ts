import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@image-sdk/test-support/chromium";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../../docs/src/build-site.ts";
import { parseOpenApi } from "../../../scripts/repo/parse-openapi.ts";
import { crawlSite, type PageVisit } from "../support/crawl-site.ts";
import { expectedOperations, missingOperations } from "../support/reference-operations.ts";

// Providers nobody hand-checked, as `pnpm new-provider` would add them: the site built from a tree
// of its own holding documents the site was not written for, and every operation and webhook of
// each must be on the reference page a reader opens, with no edit to the site or to this test.
// - `studio`: a made-up OpenAPI 3.1 document with tags, webhooks and the operations Scalar places
//   in unexpected spots (see the document's description);
// - every quirk document the end-to-end new-provider test adds (scripts/tests/fixtures/
//   quirk-documents/: no operationIds, path variants, `$ref` as data, streams, …), named by its file.
const studio = join(import.meta.dirname, "..", "fixtures", "tags-and-webhooks", "openapi.json");
const quirkFolder = join(import.meta.dirname, "..", "..", "..", "scripts", "tests", "fixtures", "quirk-documents");
const quirks = (await readdir(quirkFolder))
  .filter((file) => /\.openapi\.(json|ya?ml)$/.test(file))
  .sort()
  .map((file) => ({ name: file.replace(/\.openapi\.(json|ya?ml)$/, ""), file: join(quirkFolder, file) }));

let root: string;
let browser: Browser | undefined;
let visits: Map<string, PageVisit>;
let base: string;

/** Adds `name` to the tree as a provider package shipping `document` as its openapi.json. */
async function addProvider(name: string, document: string): Promise<void> {
  await mkdir(join(root, "specs", name), { recursive: true });
  await mkdir(join(root, "packages", name), { recursive: true });
  await writeFile(join(root, "specs", name, "source.yaml"), "entry: openapi.yaml\n");
  await writeFile(
    join(root, "packages", name, "package.json"),
    JSON.stringify({ name: `@image-sdk/${name}`, version: "0.1.0", description: name }),
  );
  await writeFile(join(root, "packages", name, "openapi.json"), document);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "docs-reference-"));
  await addProvider("studio", "");
  await copyFile(studio, join(root, "packages", "studio", "openapi.json"));
  // A package ships its document as JSON; a quirk document in YAML is converted as the pipeline would.
  for (const quirk of quirks)
    await addProvider(quirk.name, JSON.stringify(parseOpenApi(await readFile(quirk.file, "utf8"), quirk.file)));
  await buildSite(root, join(root, "site"));
  base = pathToFileURL(join(root, "site", "/")).href;

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(120_000);
  visits = await crawlSite({ base, context, screenshotDir: join(root, "screenshots") });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await rm(root, { recursive: true, force: true });
});

async function expectEveryOperation(name: string) {
  const document = JSON.parse(await readFile(join(root, "packages", name, "openapi.json"), "utf8"));
  const reference = visits.get(`${base}packages/${name}/reference.html`);
  expect(reference?.problems).toEqual([]);
  expect(missingOperations(document, reference?.sections ?? [])).toEqual([]);
  return expectedOperations(document);
}

it("renders every operation and webhook of a document with several tags", async () => {
  expect(await expectEveryOperation("studio")).toHaveLength(10);
});

describe.each(quirks)("the quirk document $name", ({ name }) => {
  it("has every operation and webhook on its reference page", async () => {
    expect((await expectEveryOperation(name)).length).toBeGreaterThan(0);
  });
});
