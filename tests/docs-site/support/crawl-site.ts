import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, ConsoleMessage, Page, Request, Response } from "playwright-core";

/** What one visit of a page found. */
export interface PageVisit {
  url: string;
  /** Console errors, uncaught exceptions, failed or refused requests, error statuses. */
  problems: string[];
  /** Internal links on the page (absolute, fragment kept). */
  links: string[];
  /** Ids and names of the rendered page, for links with a fragment. */
  anchors: Set<string>;
}

export interface Site {
  /** The site root, ending in `/`: `file:///…/docs/dist/` or `http://127.0.0.1:port/`. */
  base: string;
  context: BrowserContext;
  screenshotDir: string;
}

/**
 * Visits every HTML page reachable from the site's index.html through internal links, as a
 * reader would: each page is loaded in Chromium, given time to render (the API reference renders
 * in the browser) and photographed. Any request leaving the site is refused and reported, so a
 * page that only works online fails here.
 */
export async function crawlSite(site: Site, concurrency = 3): Promise<Map<string, PageVisit>> {
  const visits = new Map<string, PageVisit>();
  const seen = new Set([`${site.base}index.html`]);
  const queue = [...seen];
  await site.context.route("**/*", (route) => {
    if (isInternal(site, route.request().url())) return route.continue();
    return route.abort("blockedbyclient");
  });
  await mkdir(site.screenshotDir, { recursive: true });
  // A few tabs, each reused from page to page (opening a tab per page costs more than the page).
  // A tab that finds the queue empty waits while others are still loading pages that may add more.
  let loading = 0;
  const worker = async (): Promise<void> => {
    const page = await site.context.newPage();
    try {
      for (;;) {
        const url = queue.shift();
        if (url === undefined) {
          if (loading === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        loading += 1;
        try {
          const visit = await visitPage(site, page, url);
          visits.set(url, visit);
          for (const target of visit.links.map(withoutFragment)) {
            if (isHtml(target) && !seen.has(target)) {
              seen.add(target);
              queue.push(target);
            }
          }
        } finally {
          loading -= 1;
        }
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return visits;
}

async function visitPage(site: Site, page: Page, url: string): Promise<PageVisit> {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  const onRequestFailed = (request: Request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("requestfailed", onRequestFailed);
  page.on("response", onResponse);
  try {
    await page.goto(url, { waitUntil: "load" });
    await waitForRender(page);
    const { links, anchors } = await page.evaluate(() => ({
      links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((anchor) => anchor.href),
      anchors: [...document.querySelectorAll("[id], a[name]")].map(
        (element) => element.id || (element.getAttribute("name") ?? ""),
      ),
    }));
    const name = url.slice(site.base.length).replace(/[/#?]/g, "__");
    await page.screenshot({ path: join(site.screenshotDir, `${name}.png`) });
    return { url, problems, links: links.filter((link) => link.startsWith(site.base)), anchors: new Set(anchors) };
  } catch (error) {
    problems.push(`cannot open: ${(error as Error).message.split("\n")[0]}`);
    return { url, problems, links: [], anchors: new Set() };
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("requestfailed", onRequestFailed);
    page.off("response", onResponse);
  }
}

/** The API reference renders after load (an operation's section gets its heading); other pages are static. */
export async function waitForRender(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const reference = document.getElementById("reference-root");
    return !reference || reference.querySelector("section[id*='/tag/'] h3") !== null;
  });
}

/** Whether a link's target exists: an HTML page that was visited, or a file the site serves. */
export async function linkResolves(link: string, visits: Map<string, PageVisit>): Promise<string | undefined> {
  const target = withoutFragment(link);
  const fragment = decodeURIComponent(link.slice(target.length + 1));
  if (isHtml(target)) {
    const visit = visits.get(target);
    if (!visit || visit.problems.some((problem) => problem.startsWith("cannot open"))) return "page does not open";
    // Scalar routes `#tag/…` itself, to the element whose id is that route under its document's
    // slug (`api-1/tag/…`).
    const anchored = visit.anchors.has(fragment) || [...visit.anchors].some((id) => id.endsWith(`/${fragment}`));
    if (fragment && !anchored) return `no element with id "${fragment}"`;
    return undefined;
  }
  if (target.startsWith("file:")) return existsSync(fileURLToPath(target)) ? undefined : "file does not exist";
  const response = await fetch(target);
  await response.body?.cancel();
  return response.ok ? undefined : `HTTP ${response.status}`;
}

function isInternal(site: Site, url: string): boolean {
  return url.startsWith(site.base) || url.startsWith("data:") || url.startsWith("blob:");
}

function withoutFragment(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

function isHtml(url: string): boolean {
  return url.endsWith(".html") || url.endsWith("/");
}
