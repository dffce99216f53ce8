import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { Application, LogLevel, OptionDefaults } from "typedoc";
import { PipelineError } from "../../scripts/pipeline/pipeline-error.ts";
import type { WorkspacePackage } from "./workspace-packages.ts";

/**
 * Writes a package's TypeScript API with typedoc, from the sources of its public entry points.
 * Imports of other workspace packages resolve to their sources too (through `paths`), so the
 * docs build needs no package built first and re-exported types are documented in full.
 */
export async function writeTypescriptApi(
  pkg: WorkspacePackage,
  root: string,
  packages: readonly WorkspacePackage[],
  outDir: string,
): Promise<void> {
  const app = await Application.bootstrapWithPlugins(
    {
      name: pkg.npmName,
      entryPoints: [...pkg.entryPoints.values()],
      tsconfig: join(pkg.path, "tsconfig.json"),
      compilerOptions: { paths: sourcePaths(packages) },
      readme: "none",
      // Source links would point at a repository host; the site must stand on its own.
      disableSources: true,
      hideGenerator: true,
      // `pnpm typecheck` checks the sources; typedoc only has to read them.
      skipErrorChecking: true,
      // openapi-typescript writes `@description` into the generated types.
      blockTags: [...OptionDefaults.blockTags, "@description"],
      excludePrivate: true,
      excludeInternal: true,
      logLevel: LogLevel.Warn,
    },
    [],
  );
  const project = await app.convert();
  if (!project || app.logger.hasErrors()) {
    throw new PipelineError(relative(root, pkg.path), "typedoc could not document the package's entry points");
  }
  await app.generateDocs(project, outDir);
  if (app.logger.hasErrors()) throw new PipelineError(relative(root, pkg.path), "typedoc failed to write the pages");
  await adjustPages(outDir);
}

/**
 * Two changes to typedoc's pages:
 * - Icons: `<use href="assets/icons.svg#icon-…">` is refused by Chromium (with a console error per
 *   icon) on a page opened from file://. Its assets/icons.js puts the same symbols into every page,
 *   so the icons refer to them in the document instead, as typedoc's own scripts already do.
 * - "Hierarchy" links point at `hierarchy.html#<type>`, an element typedoc's script renders only
 *   when that part of the tree is expanded; they point at the page, which always exists.
 */
async function adjustPages(outDir: string): Promise<void> {
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html"));
  for (const page of pages) {
    const path = join(outDir, page);
    const html = await readFile(path, "utf8");
    await writeFile(
      path,
      html
        .replace(/<use href="[^"#]*assets\/icons\.svg#/g, '<use href="#')
        .replace(/(href="[^"#]*hierarchy\.html)#[^"]*"/g, '$1"'),
    );
  }
}

/** `@image-sdk/core` → packages/core/src/index.ts, for every export of every workspace package. */
function sourcePaths(packages: readonly WorkspacePackage[]): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const pkg of packages) {
    for (const [subpath, source] of pkg.entryPoints) {
      paths[subpath === "." ? pkg.npmName : `${pkg.npmName}/${subpath.replace(/^\.\//, "")}`] = [source];
    }
  }
  return paths;
}
