// `pnpm run docs`: builds the documentation site into docs/dist/ from the tree: every package
// under packages/ gets a guide (its README) and its TypeScript API, every provider an API
// reference from its own openapi.json, and the landing page lists them all. Written into a
// staging folder first, so a failed build leaves the previous site intact.
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { replaceDirectory } from "../../scripts/build/replace-directory.ts";
import { runStep } from "../../scripts/pipeline/pipeline-error.ts";
import { repoRoot } from "../../scripts/pipeline/provider-spec.ts";
import { renderGuidePage } from "./guide-page.ts";
import { renderLandingPage } from "./landing-page.ts";
import { type Page, renderPage } from "./page-layout.ts";
import { renderReferencePage } from "./reference-page.ts";
import { siteLinks } from "./site-links.ts";
import { writeTypescriptApi } from "./typescript-api.ts";
import { listWorkspacePackages } from "./workspace-packages.ts";

const docsDir = fileURLToPath(new URL("..", import.meta.url));

export async function buildSite(root: string, outDir: string): Promise<{ warnings: string[] }> {
  const staging = `${outDir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  try {
    const warnings = await writeSite(root, staging);
    await replaceDirectory(staging, outDir);
    return { warnings };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function writeSite(root: string, out: string): Promise<string[]> {
  const packages = await listWorkspacePackages(root);
  const links = siteLinks(packages);
  const warnings: string[] = [];
  const pages: Page[] = [renderLandingPage(packages, links)];
  for (const pkg of packages) {
    const pagePaths = links.pagesOf(pkg);
    if (pkg.readmePath)
      pages.push(await renderGuidePage({ ...pkg, readmePath: pkg.readmePath }, root, packages, links, warnings));
    if (pkg.provider && pagePaths.document) {
      pages.push(renderReferencePage(pkg, links));
      await copyInto(pkg.provider.documentPath, join(out, pagePaths.document));
    }
    if (pagePaths.typescriptApi)
      await writeTypescriptApi(pkg, root, packages, join(out, dirname(pagePaths.typescriptApi)));
  }
  for (const page of pages) {
    await mkdir(dirname(join(out, page.path)), { recursive: true });
    await writeFile(join(out, page.path), renderPage(page, links));
  }
  await copyInto(join(docsDir, "assets", "site.css"), join(out, "assets", "site.css"));
  await copyInto(join(docsDir, "assets", "api-reference.js"), join(out, "assets", "api-reference.js"));
  // The package exports no path to its browser build; it sits beside the ESM entry (dist/).
  const scalarDist = dirname(fileURLToPath(import.meta.resolve("@scalar/api-reference")));
  await copyInto(join(scalarDist, "browser", "standalone.js"), join(out, "assets", "scalar", "standalone.js"));
  return warnings;
}

async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runStep(async () => {
    const { warnings } = await buildSite(repoRoot, join(docsDir, "dist"));
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(`docs: wrote ${join(docsDir, "dist")}\n`);
  });
}
