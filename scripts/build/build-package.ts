// Builds the package in the current directory with tsup (its tsup.config.ts) into a fresh folder
// and swaps that in for dist/ only when the build succeeded, so a failed build leaves the
// previous dist/ intact. It also puts the repository's LICENSE next to package.json, where
// `pnpm pack` picks it up: one license text for every tarball, and no copy to keep in step.
import { copyFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { build } from "tsup";
import { replaceDirectory } from "./replace-directory.ts";

const staging = `dist.${process.pid}.tmp`;
try {
  await build({ outDir: staging });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  process.stderr.write(`error: build failed in ${process.cwd()}; dist/ left as it was\n${(error as Error).message}\n`);
  process.exit(1);
}
await replaceDirectory(staging, "dist");
await copyFile(join(import.meta.dirname, "..", "..", "LICENSE"), "LICENSE");
