import { readFile } from "node:fs/promises";
import { dirname, posix, relative, resolve } from "node:path";
import GithubSlugger from "github-slugger";
import { Marked, type Tokens } from "marked";
import { escapeHtml } from "./html.ts";
import type { Page } from "./page-layout.ts";
import type { SiteLinks } from "./site-links.ts";
import type { WorkspacePackage } from "./workspace-packages.ts";

/**
 * A package's README as a guide page. Headings get GitHub's anchors, so `#errors` links keep
 * working; relative links are mapped to the site's own pages (another package's README becomes
 * its guide). A link to a repository file the site does not publish would be a dead link, so it
 * is rendered as plain text and reported in `warnings`.
 */
export async function renderGuidePage(
  pkg: WorkspacePackage & { readmePath: string },
  root: string,
  packages: readonly WorkspacePackage[],
  links: SiteLinks,
  warnings: string[],
): Promise<Page> {
  const path = links.pagesOf(pkg).guide as string;
  const readmeLabel = relative(root, pkg.readmePath);
  const slugger = new GithubSlugger();
  const toSitePath = (href: string): string | undefined => {
    const [target = "", fragment] = href.split("#", 2);
    const absolute = resolve(dirname(pkg.readmePath), target);
    for (const other of packages) {
      const pages = links.pagesOf(other);
      const inPackage = relative(other.path, absolute);
      const sitePath =
        inPackage === "README.md" ? pages.guide : inPackage === "openapi.json" ? pages.document : undefined;
      if (sitePath) {
        const fromPage = posix.relative(posix.dirname(path), sitePath);
        return fragment === undefined ? fromPage : `${fromPage}#${fragment}`;
      }
    }
    return undefined;
  };
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }: Tokens.Heading) {
        const id = slugger.slug(text.replace(/`/g, ""));
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        const target = isExternal(href) || href.startsWith("#") ? href : toSitePath(href);
        if (target === undefined) {
          warnings.push(`${readmeLabel}: link to ${href} is not part of the site; rendered as text`);
          return text;
        }
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : "";
        return `<a href="${escapeHtml(target)}"${titleAttribute}>${text}</a>`;
      },
      // An image would be a request the offline site cannot serve (a remote badge) or a file it
      // does not publish: show its alternative text, linked when it is remote.
      image({ href, text }: Tokens.Image) {
        warnings.push(`${readmeLabel}: image ${href} is not part of the site; rendered as its text`);
        return isExternal(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
      },
    },
  });
  const html = await marked.parse(await readFile(pkg.readmePath, "utf8"));
  return { path, title: `${pkg.npmName} guide`, kind: "guide", body: `<main class="guide">\n${html}</main>` };
}

function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href);
}
