import { access, readdir } from "node:fs/promises";
import { join } from "node:path";
import validatePackageName from "validate-npm-package-name";
import { deriveNames, type ProviderNames } from "../repo/provider-names.ts";
import { ScaffoldError } from "./scaffold-error.ts";

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Checks a new provider's name: `@image-sdk/<name>` must be a valid new npm package name, `<name>`
 * a plain directory name that yields a TypeScript identifier, and neither specs/<name>/ nor
 * packages/<name>/ may exist yet.
 */
export async function checkProviderName(name: string, root: string): Promise<ProviderNames> {
  const names = deriveNames(name);
  const { validForNewPackages, errors = [], warnings = [] } = validatePackageName(names.packageName);
  if (!validForNewPackages) {
    throw new ScaffoldError(
      `provider name \`${name}\``,
      `${names.packageName} is not a valid npm package name (${[...errors, ...warnings].join("; ")})`,
    );
  }
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    throw new ScaffoldError(
      `provider name \`${name}\``,
      "use lower-case letters and digits, words joined by `-`, starting with a letter (e.g. `digital-ocean`)",
    );
  }
  for (const taken of [join("specs", name), join("packages", name)]) {
    if (await exists(join(root, taken)))
      throw new ScaffoldError(`provider name \`${name}\``, `${taken}/ already exists`);
  }
  // `digital-ocean` beside `digitalocean`: two packages whose names a reader (and a case-insensitive
  // file system, or an environment variable without its `_`) cannot tell apart.
  const normalised = (text: string) => text.replace(/[-_]/g, "").toLowerCase();
  for (const folder of ["specs", "packages"]) {
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
    const twin = entries.find((entry) => entry.isDirectory() && normalised(entry.name) === normalised(name));
    if (twin)
      throw new ScaffoldError(
        `provider name \`${name}\``,
        `collides with ${folder}/${twin.name}/ once \`-\` is dropped: pick a name that differs in its letters`,
      );
  }
  return names;
}
