import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@image-sdk/test-support/chromium";
import type { LoopbackServer } from "@image-sdk/test-support/loopback-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../../scripts/pipeline/provider-spec.ts";
import { listProviders } from "../../../scripts/repo/providers.ts";
import { crawlSite, linkResolves, type PageVisit, type Site } from "../support/crawl-site.ts";
import { expectedOperations, missingOperations } from "../support/reference-operations.ts";
import { serveSite } from "../support/serve-site.ts";

// The site `pnpm run docs` built (turbo runs the docs task before these tests). What it must
// contain is read from the tree here, not from the generator: every package under packages/,
// every provider under specs/, every operation and webhook of each provider's own openapi.json.
// Each page is loaded once per mode (support/crawl-site.ts says which are rendered in Chromium).
const siteDir = join(repoRoot, "docs", "dist");
const artifacts = join(import.meta.dirname, "..", "artifacts");

async function providerDocument(provider: string): Promise<Parameters<typeof missingOperations>[0]> {
  return JSON.parse(await readFile(join(repoRoot, "packages", provider, "openapi.json"), "utf8"));
}

const providers = listProviders(repoRoot).map((provider) => provider.name);
const packageDirs = (await readdir(join(repoRoot, "packages"), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, "packages", entry.name, "package.json")))
  .map((entry) => entry.name);

let browser: Browser | undefined;
let server: LoopbackServer | undefined;

beforeAll(async () => {
  if (!existsSync(join(siteDir, "index.html"))) {
    throw new Error(`${siteDir}/index.html is missing: build the site first with \`pnpm run docs\``);
  }
  browser = await launchChromium();
  server = await serveSite(siteDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  ["file://", () => pathToFileURL(`${siteDir}/`).href],
  ["a loopback static server", () => `${server!.origin}/`],
])("the documentation site from %s", (mode, base) => {
  const label = mode === "file://" ? "file" : "server";
  let site: Site;
  let visits: Map<string, PageVisit>;
  /** The landing page's operations table of each provider: `METHOD path` per row. */
  let landingRows: Map<string, string[]>;

  beforeAll(async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    // Scalar renders a large document for seconds on a busy machine; Playwright's default is 30 s.
    context.setDefaultTimeout(120_000);
    site = { base: base(), context, screenshotDir: join(artifacts, label) };
    visits = await crawlSite(site);
    const page = await context.newPage();
    await page.goto(`${site.base}index.html`);
    landingRows = new Map(
      await page.locator("section.provider").evaluateAll((sections) =>
        sections.map((section): [string, string[]] => [
          section.id.replace(/^provider-/, ""),
          [...section.querySelectorAll("table.operations tbody tr")].map((tr) =>
            [...tr.querySelectorAll("td")]
              .slice(0, 2)
              .map((td) => td.textContent ?? "")
              .join(" "),
          ),
        ]),
      ),
    );
    await page.close();
  }, 900_000);

  afterAll(async () => {
    await site?.context.close();
  });

  it("opens every page, and renders those a reader opens first without an error or a request off the site", () => {
    const problems = [...visits.values()].flatMap((visit) =>
      visit.problems.map((problem) => `${visit.url.slice(site.base.length)}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it("reaches, from the landing page, a guide and a TypeScript API per package and a reference per provider", () => {
    const pages = [...visits.keys()].map((url) => url.slice(site.base.length));
    for (const dir of packageDirs) {
      expect(pages).toContain(`packages/${dir}/guide.html`);
      expect(pages).toContain(`packages/${dir}/api/index.html`);
    }
    for (const provider of providers) expect(pages).toContain(`packages/${provider}/reference.html`);
    expect(existsSync(join(site.screenshotDir, "index.html.png"))).toBe(true);
  });

  it("resolves every internal link and resource, on rendered and read pages alike", async () => {
    const linkedFrom = new Map<string, string[]>();
    for (const visit of visits.values()) {
      for (const link of new Set(visit.links)) linkedFrom.set(link, [...(linkedFrom.get(link) ?? []), visit.url]);
    }
    const broken: string[] = [];
    for (const [link, pages] of linkedFrom) {
      const reason = await linkResolves(link, visits);
      if (reason) {
        const from = pages.map((url) => url.slice(site.base.length));
        broken.push(
          `${from.slice(0, 3).join(", ")}${from.length > 3 ? ` and ${from.length - 3} more` : ""} -> ${link.slice(site.base.length)}: ${reason}`,
        );
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(providers)(
    "lists every operation of %s on the landing page and renders it on its reference page",
    async (provider) => {
      const document = await providerDocument(provider);
      const operations = expectedOperations(document);
      expect(operations.length).toBeGreaterThan(0);
      expect(landingRows.get(provider)).toEqual(
        operations.filter((operation) => !operation.webhook).map((operation) => operation.label),
      );
      // The crawl's one visit of the reference page rendered all of it.
      const reference = visits.get(`${site.base}packages/${provider}/reference.html`);
      expect(reference?.rendered).toBe(true);
      expect(missingOperations(document, reference?.sections ?? [])).toEqual([]);
    },
  );
});
