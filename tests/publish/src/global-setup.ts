// Packs every public package once (`pnpm pack`, as `pnpm publish` packs before uploading) for the
// test files that examine the tarballs: package-lint.test.ts lints each, published-packages.test.ts
// publishes them. One pnpm process per package per run, rather than one per package per file.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pMap from "p-map";
import type { TestProject } from "vitest/node";
import { listPublicPackages, type PackedPackage, packWorkspacePackage } from "./workspace-packages.ts";

/** A public workspace package and its tarball. */
export interface PackedWorkspacePackage extends PackedPackage {
  /** The package's folder in the workspace. */
  path: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    packedPackages: PackedWorkspacePackage[];
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), "image-sdk-packed-"));
  try {
    const packed = await pMap(
      await listPublicPackages(),
      async (pkg) => ({ path: pkg.path, ...(await packWorkspacePackage(pkg.path, dir)) }),
      // Two pnpm processes at a time: the machine has 2 cores.
      { concurrency: 2 },
    );
    project.provide("packedPackages", packed);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return () => rm(dir, { recursive: true, force: true });
}
