import { posix } from "node:path";
import type { WorkspacePackage } from "./workspace-packages.ts";

/** Where each package's pages live in the site, relative to the site root. */
export interface PackagePages {
  guide: string | undefined;
  typescriptApi: string | undefined;
  reference: string | undefined;
  document: string | undefined;
}

export interface SiteLinks {
  packages: Array<{ label: string; home: string }>;
  pagesOf(pkg: WorkspacePackage): PackagePages;
  /** `../..`-style prefix from a page to the site root (`""` at the root), ending in `/`. */
  toRoot(pagePath: string): string;
}

export function siteLinks(packages: readonly WorkspacePackage[]): SiteLinks {
  const pagesOf = (pkg: WorkspacePackage): PackagePages => {
    const base = `packages/${pkg.dir}`;
    return {
      guide: pkg.readmePath ? `${base}/guide.html` : undefined,
      typescriptApi: pkg.entryPoints.size > 0 ? `${base}/api/index.html` : undefined,
      reference: pkg.provider ? `${base}/reference.html` : undefined,
      document: pkg.provider ? `${base}/openapi.json` : undefined,
    };
  };
  return {
    packages: packages.flatMap((pkg) => {
      const pages = pagesOf(pkg);
      const home = pages.guide ?? pages.reference ?? pages.typescriptApi;
      return home ? [{ label: pkg.dir, home }] : [];
    }),
    pagesOf,
    toRoot(pagePath) {
      const depth = posix.dirname(pagePath) === "." ? 0 : posix.dirname(pagePath).split("/").length;
      return "../".repeat(depth);
    },
  };
}
