import type { Page } from "./page-layout.ts";
import type { SiteLinks } from "./site-links.ts";
import type { WorkspacePackage } from "./workspace-packages.ts";

/**
 * A provider's API reference, rendered in the browser by Scalar from the package's own
 * openapi.json. The document is embedded in the page (not fetched) because a page opened from
 * file:// may not fetch its neighbours; Scalar's script is one shared file under assets/.
 */
export function renderReferencePage(pkg: WorkspacePackage, links: SiteLinks): Page {
  const provider = pkg.provider as NonNullable<WorkspacePackage["provider"]>;
  const path = links.pagesOf(pkg).reference as string;
  const toRoot = links.toRoot(path);
  // `<` escaped so no string in the document can close the <script> element early.
  const documentJson = JSON.stringify(provider.document).replace(/</g, "\\u003c");
  const head = `<script src="${toRoot}assets/scalar/standalone.js" defer></script>
<script src="${toRoot}assets/api-reference.js" defer></script>`;
  const body = `<script type="application/json" id="api-document">${documentJson}</script>
<div id="reference-root"></div>`;
  return { path, title: `${pkg.npmName} API reference`, kind: "reference", head, body };
}
