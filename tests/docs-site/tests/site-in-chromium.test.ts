import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@image-sdk/test-support/chromium";
import type { LoopbackServer } from "@image-sdk/test-support/loopback-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../../scripts/pipeline/provider-spec.ts";
import { operationMethods } from "../../../scripts/repo/operation-methods.ts";
import { listProviders } from "../../../scripts/repo/providers.ts";
import { crawlSite, linkResolves, type PageVisit, type Site, waitForRender } from "../support/crawl-site.ts";
import { serveSite } from "../support/serve-site.ts";

// The site `pnpm run docs` built (turbo runs the docs task before these tests). What it must
// contain is read from the tree here, not from the generator: every package under packages/,
// every provider under specs/, every operation of each provider's own openapi.json.
const siteDir = join(repoRoot, "docs", "dist");
const artifacts = join(import.meta.dirname, "..", "artifacts");

interface Operation {
  method: string;
  path: string;
  summary: string | undefined;
}

async function documentedOperations(provider: string): Promise<Operation[]> {
  const document = JSON.parse(await readFile(join(repoRoot, "packages", provider, "openapi.json"), "utf8")) as {
    paths: Record<string, Record<string, { summary?: string }>>;
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    operationMethods
      .filter((method) => item[method] !== undefined)
      .map((method) => ({ method: method.toUpperCase(), path, summary: item[method]?.summary })),
  );
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

  beforeAll(async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    // Scalar renders a large document for seconds on a busy machine; Playwright's default is 30 s.
    context.setDefaultTimeout(120_000);
    site = { base: base(), context, screenshotDir: join(artifacts, label) };
    visits = await crawlSite(site);
  }, 900_000);

  afterAll(async () => {
    await site?.context.close();
  });

  it("opens every page without a console error, a failed request or a request off the site", () => {
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

  it("resolves every internal link", async () => {
    const broken: string[] = [];
    for (const visit of visits.values()) {
      for (const link of new Set(visit.links)) {
        const reason = await linkResolves(link, visits);
        if (reason) broken.push(`${visit.url.slice(site.base.length)} -> ${link.slice(site.base.length)}: ${reason}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(providers)("lists every operation of %s on the landing page and its reference page", async (provider) => {
    const operations = await documentedOperations(provider);
    expect(operations.length).toBeGreaterThan(0);
    const page = await site.context.newPage();
    try {
      await page.goto(`${site.base}index.html`);
      const rows = await page
        .locator(`#provider-${provider} table.operations tbody tr`)
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
      expect(rows.map(([method, path]) => `${method} ${path}`)).toEqual(
        operations.map((operation) => `${operation.method} ${operation.path}`),
      );

      await page.goto(`${site.base}packages/${provider}/reference.html`);
      await waitForRender(page);
      // Scalar gives each operation a section whose id ends in `/<METHOD><path>`, rendered when it
      // scrolls into view: scroll down once, as a reader would, noting each operation's section.
      const suffixes = operations.map((operation) => `/${operation.method}${operation.path}`);
      const found = await page.evaluate(async (wanted) => {
        const texts: Record<string, string> = {};
        let lastY = -1;
        for (let still = 0; still < 20 && Object.keys(texts).length < wanted.length; ) {
          for (const section of document.querySelectorAll("section[id]")) {
            const suffix = wanted.find((end) => section.id.endsWith(end));
            if (suffix && section.querySelector("h3")) texts[suffix] = section.textContent ?? "";
          }
          window.scrollBy(0, window.innerHeight / 2);
          await new Promise((resolve) => setTimeout(resolve, 100));
          still = window.scrollY === lastY ? still + 1 : 0;
          lastY = window.scrollY;
        }
        return texts;
      }, suffixes);
      for (const [index, operation] of operations.entries()) {
        const text = found[suffixes[index] as string];
        expect(text, `${operation.method} ${operation.path} on the reference page`).toBeDefined();
        if (operation.summary) expect(text).toContain(operation.summary);
      }
    } finally {
      await page.close();
    }
  });
});
