import { access } from "node:fs/promises";
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
  return names;
}
