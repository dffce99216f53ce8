import { escapeHtml } from "./html.ts";
import type { SiteLinks } from "./site-links.ts";

export interface Page {
  /** Where the page is written, relative to the site root, e.g. `packages/flamel/guide.html`. */
  path: string;
  title: string;
  /** The page's main content (already HTML). */
  body: string;
  /** Extra elements for <head>, e.g. the API reference's script. */
  head?: string;
  /** Class on <body>, so a page kind can adjust the shared layout. */
  kind: "landing" | "guide" | "reference";
}

/**
 * The shell every generated page shares: a header linking the landing page and each package's
 * guide. Every URL is relative, so the same files work from file:// and from any server path.
 */
export function renderPage(page: Page, links: SiteLinks): string {
  const toRoot = links.toRoot(page.path);
  const nav = links.packages
    .map(
      (entry) =>
        `<a href="${escapeHtml(toRoot + entry.home)}"${entry.home === page.path ? ' aria-current="page"' : ""}>` +
        `${escapeHtml(entry.label)}</a>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · image-sdk</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${toRoot}assets/site.css">
${page.head ?? ""}
</head>
<body class="${page.kind}">
<header class="site-header">
<a class="site-name" href="${toRoot}index.html">image-sdk</a>
<nav aria-label="Packages">${nav}</nav>
</header>
${page.body}
</body>
</html>
`;
}
