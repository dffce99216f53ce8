import { escapeHtml } from "./html.ts";
import type { Page } from "./page-layout.ts";
import type { SiteLinks } from "./site-links.ts";
import type { WorkspacePackage } from "./workspace-packages.ts";

/** The site's index: every provider with its operations, then the other packages. */
export function renderLandingPage(packages: readonly WorkspacePackage[], links: SiteLinks): Page {
  const providers = packages.filter((pkg) => pkg.provider);
  const others = packages.filter((pkg) => !pkg.provider);
  const body = `<main class="landing">
<h1>image-sdk</h1>
<p>Typed TypeScript clients for image-to-prompt APIs. Each provider package ships the OpenAPI document
its client is generated from; the API reference below is rendered from that same document.</p>
<h2 id="providers">Providers</h2>
${providers.map((pkg) => providerSection(pkg, links)).join("\n")}
<h2 id="packages">Other packages</h2>
${others.map((pkg) => `<section class="package" id="package-${escapeHtml(pkg.dir)}">\n${packageSection(pkg, links)}\n</section>`).join("\n")}
</main>`;
  return { path: "index.html", title: "Documentation", kind: "landing", body };
}

function providerSection(pkg: WorkspacePackage, links: SiteLinks): string {
  const provider = pkg.provider as NonNullable<WorkspacePackage["provider"]>;
  const info = provider.document.info ?? {};
  const rows = provider.operations
    .map(
      (operation) =>
        `<tr><td><code class="method">${operation.method}</code></td><td><code>${escapeHtml(operation.path)}</code></td>` +
        `<td>${escapeHtml(operation.summary ?? "")}</td><td><code>${escapeHtml(operation.operationId ?? "")}</code></td></tr>`,
    )
    .join("\n");
  return `<section class="package provider" id="provider-${escapeHtml(pkg.dir)}">
${packageSection(pkg, links)}
<p class="document">${escapeHtml(info.title ?? pkg.dir)}${info.version ? ` · API version ${escapeHtml(info.version)}` : ""}
· ${provider.operations.length} operation${provider.operations.length === 1 ? "" : "s"}</p>
<table class="operations">
<thead><tr><th>Method</th><th>Path</th><th>Summary</th><th>Operation ID</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function packageSection(pkg: WorkspacePackage, links: SiteLinks): string {
  const pages = links.pagesOf(pkg);
  const entries: Array<[string, string | undefined]> = [
    ["Guide", pages.guide],
    ["TypeScript API", pages.typescriptApi],
    ["API reference", pages.reference],
    ["openapi.json", pages.document],
  ];
  const pageLinks = entries
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([label, href]) => `<a href="${escapeHtml(href)}">${label}</a>`)
    .join(" · ");
  const version = pkg.version ? ` <small>${escapeHtml(pkg.version)}</small>` : "";
  const title = `<h3><code>${escapeHtml(pkg.npmName)}</code>${version}</h3>`;
  return `${title}
<p>${escapeHtml(pkg.description)}</p>
<p class="links">${pageLinks}</p>`;
}
