import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** The READMEs whose examples CI checks and runs: the root one and each package's. */
export async function readmePaths(root: string): Promise<string[]> {
  const packages = await readdir(join(root, "packages"), { withFileTypes: true });
  const packageReadmes = packages
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, "packages", entry.name, "README.md"));
  return [join(root, "README.md"), ...packageReadmes.sort()];
}
