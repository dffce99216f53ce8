import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, ConsoleMessage, Page, Request, Response } from "playwright-core";
import type { RenderedSection } from "./reference-operations.ts";

/** What one visit of a page found. */
export interface PageVisit {
  url: string;
  /** Whether the page was opened in Chromium (else its HTML was read, and its links checked). */
  rendered: boolean;
  /** Console errors, uncaught exceptions, failed or refused requests, error statuses. */
  problems: string[];
  /** Internal links of the page and the resources it loads (absolute, fragment kept). */
  links: string[];
  /** Ids and names of the page, for links with a fragment. */
  anchors: Set<string>;
  /** On an API reference: every section Scalar rendered with a heading (operations, webhooks). */
  sections: RenderedSection[];
}

export interface Site {
  /** The site root, ending in `/`: `file:///…/docs/dist/` or `http://127.0.0.1:port/`. */
  base: string;
  context: BrowserContext;
  screenshotDir: string;
}

/**
 * Visits every HTML page reachable from the site's index.html through internal links, each once.
 * The landing page and the pages it links (each package's guide, TypeScript API and API reference)
 * are opened in Chromium as a reader would open them: rendered in full (an API reference is
 * rendered by Scalar in the browser, lazily, as it scrolls into view), photographed, and any
 * request leaving the site refused and reported, so a page that only works online fails here.
 * The pages below them (typedoc's page per declaration: hundreds, one template, the same assets)
 * are read, not rendered, and checked by their links, resources and ids. So the browser's work
 * grows with the number of packages, not with the size of their APIs.
 */
export async function crawlSite(site: Site, concurrency = 3): Promise<Map<string, PageVisit>> {
  const visits = new Map<string, PageVisit>();
  const landing = `${site.base}index.html`;
  const seen = new Set([landing]);
  const queue = [{ url: landing, depth: 0 }];
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
        const next = queue.shift();
        if (next === undefined) {
          if (loading === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        loading += 1;
        try {
          const visit = next.depth <= 1 ? await renderPage(site, page, next.url) : await readPage(site, page, next.url);
          visits.set(next.url, visit);
          for (const target of visit.links.map(withoutFragment)) {
            if (isHtml(target) && !seen.has(target)) {
              seen.add(target);
              queue.push({ url: target, depth: next.depth + 1 });
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

async function renderPage(site: Site, page: Page, url: string): Promise<PageVisit> {
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
    problems.push(...(await renderReference(page)));
    const { links, anchors, sections } = await page.evaluate(() => ({
      links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((anchor) => anchor.href),
      anchors: [...document.querySelectorAll("[id], a[name]")].map(
        (element) => element.id || (element.getAttribute("name") ?? ""),
      ),
      sections: [...document.querySelectorAll("#reference-root section[id]")].flatMap((section) => {
        const heading = section.querySelector("h3");
        return heading ? [{ id: section.id, heading: heading.textContent ?? "" }] : [];
      }),
    }));
    await page.evaluate(() => window.scrollTo(0, 0));
    const name = url.slice(site.base.length).replace(/[/#?]/g, "__");
    await page.screenshot({ path: join(site.screenshotDir, `${name}.png`) });
    const internal = links.filter((link) => link.startsWith(site.base));
    return { url, rendered: true, problems, links: internal, anchors: new Set(anchors), sections };
  } catch (error) {
    problems.push(`cannot open: ${(error as Error).message.split("\n")[0]}`);
    return { url, rendered: true, problems, links: [], anchors: new Set(), sections: [] };
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("requestfailed", onRequestFailed);
    page.off("response", onResponse);
  }
}

/**
 * On an API reference page, waits for Scalar, then renders all of the page. Scalar renders a
 * section (operation, webhook, model) only once it comes near the viewport; until then a
 * placeholder of fixed height holds its id. Scrolling past each placeholder queues it, and Scalar
 * renders what is queued in one batch, so the page is scrolled through, then given time to render,
 * until no placeholder is left (rendered sections can reveal more). Returns a problem per section
 * that never renders. Other pages are static: nothing to wait for.
 */
async function renderReference(page: Page): Promise<string[]> {
  if (!(await page.$("#reference-root"))) return [];
  await page.waitForFunction(() => document.querySelector("#reference-root section[id]") !== null);
  return page.evaluate(async () => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const placeholders = () => [...document.querySelectorAll("#reference-root [data-placeholder='true']")];
    // Scalar waits for a pause in scrolling (up to 1.5 s), then an idle moment (up to 1.5 s more).
    const patience = 30_000;
    let lastProgress = performance.now();
    let left = placeholders();
    while (left.length > 0 && performance.now() - lastProgress < patience) {
      for (const placeholder of left) {
        // Rendered meanwhile (Scalar renders a queued batch as the scrolling goes on): no scroll
        // needed, and each costs a frame, a fraction of a second on a busy machine.
        if (placeholder.getAttribute("data-placeholder") !== "true") continue;
        placeholder.scrollIntoView();
        // One frame, so the intersection observer sees it before the next scroll.
        await new Promise(requestAnimationFrame);
      }
      const before = left.length;
      for (let waited = 0; waited < 5_000 && placeholders().length >= before; waited += 100) await pause(100);
      left = placeholders();
      if (left.length < before) lastProgress = performance.now();
    }
    return left.map((placeholder) => `section ${placeholder.id} never rendered`);
  });
}

/**
 * A page below the ones a reader opens: its HTML, parsed by the browser's parser (no script runs,
 * nothing loads), for its links, the resources it loads (which must exist too) and its ids.
 */
async function readPage(site: Site, page: Page, url: string): Promise<PageVisit> {
  const visit = (problems: string[], parsed = { links: [] as string[], anchors: [] as string[] }): PageVisit => ({
    url,
    rendered: false,
    problems,
    links: parsed.links.filter((link) => link.startsWith(site.base)),
    anchors: new Set(parsed.anchors),
    sections: [],
  });
  let html: string;
  try {
    html = await fetchText(url);
  } catch (error) {
    return visit([`cannot open: ${(error as Error).message}`]);
  }
  const parsed = await page.evaluate(
    ({ html, url }) => {
      const document = new DOMParser().parseFromString(html, "text/html");
      const targets = [
        ...[...document.querySelectorAll("a[href], link[href]")].map((element) => element.getAttribute("href")),
        ...[...document.querySelectorAll("script[src], img[src]")].map((element) => element.getAttribute("src")),
      ];
      return {
        links: targets.flatMap((target) => (target ? [new URL(target, url).href] : [])),
        anchors: [...document.querySelectorAll("[id], a[name]")].map(
          (element) => element.id || (element.getAttribute("name") ?? ""),
        ),
      };
    },
    { html, url },
  );
  return visit([], parsed);
}

async function fetchText(url: string): Promise<string> {
  if (url.startsWith("file:")) return readFile(fileURLToPath(url), "utf8");
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Whether a link's target exists: a page that was visited (and its fragment's id), or a file the site serves. */
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
