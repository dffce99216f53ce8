import { rename, rm } from "node:fs/promises";

/**
 * Puts a fully written `staging` folder in place of `target` (which may not exist yet). Builds
 * write into a staging folder first, so a failed build leaves the previous output intact.
 */
export async function replaceDirectory(staging: string, target: string): Promise<void> {
  const old = `${target}.old`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch(() => {});
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
}
