// The new package pins what the existing providers pin, and its consumers gain one workspace link:
// everything its lockfile entries need is already in pnpm-lock.yaml. Writing them there first lets
// the install that follows link instead of resolve, so it needs no registry metadata and works
// offline from the store the checkout installed from.
import { access, readFile } from "node:fs/promises";
import { dirname, join, posix, relative, sep } from "node:path";
import { type Document, isMap, Pair, type Scalar, type YAMLMap } from "yaml";
import { dependencyFields, readLockfile, writeLockfile } from "../repo/pnpm-lockfile.ts";

type Manifest = { name?: string } & Partial<Record<(typeof dependencyFields)[number], Record<string, string>>>;

const toPosix = (path: string) => path.split(sep).join(posix.sep);

async function readManifest(root: string, dir: string): Promise<Manifest | undefined> {
  const path = join(root, dir, "package.json");
  if (
    !(await access(path).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  return JSON.parse(await readFile(path, "utf8")) as Manifest;
}

/** Puts `key: value` into `map` in name order (pnpm's order), as a new pair. */
function insertSorted(document: Document, map: YAMLMap, key: string, value: unknown, blankLineBefore: boolean): void {
  const pair = new Pair(document.createNode(key), document.createNode(value));
  if (blankLineBefore) (pair.key as Scalar).spaceBefore = true;
  const at = map.items.findIndex((item) => String((item.key as Scalar).value) > key);
  if (at === -1) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/**
 * Adds `packageDir`'s importer and the consumers' links to it to `root`'s pnpm-lock.yaml. Returns
 * false and writes nothing when a dependency has no locked version to copy (pnpm resolves it then).
 */
export async function lockNewPackage(root: string, packageDir: string, consumerManifests: string[]): Promise<boolean> {
  const document = await readLockfile(root);
  const importers = document.get("importers");
  const manifest = await readManifest(root, packageDir);
  if (!isMap(importers) || !manifest?.name) return false;

  const locations = new Map<string, string>([[manifest.name, packageDir]]);
  const locked = new Map<string, string>();
  for (const item of importers.items) {
    const dir = String((item.key as Scalar).value);
    const name = (await readManifest(root, dir))?.name;
    if (name) locations.set(name, dir);
    for (const field of dependencyFields) {
      const dependencies = isMap(item.value) ? item.value.get(field) : undefined;
      if (!isMap(dependencies)) continue;
      for (const entry of dependencies.items) {
        const { specifier, version } = (entry.value as YAMLMap).toJSON() as { specifier?: string; version?: string };
        if (specifier !== undefined && version !== undefined)
          locked.set(`${String((entry.key as Scalar).value)}@${specifier}`, version);
      }
    }
  }

  const entry: Record<string, Record<string, { specifier: string; version: string }>> = {};
  for (const field of dependencyFields) {
    for (const [name, specifier] of Object.entries(manifest[field] ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = locations.get(name);
      const version = specifier.startsWith("workspace:")
        ? target && `link:${toPosix(relative(packageDir, target))}`
        : locked.get(`${name}@${specifier}`);
      if (version === undefined) return false;
      entry[field] = { ...entry[field], [name]: { specifier, version } };
    }
  }
  if (importers.has(packageDir)) return false;
  insertSorted(document, importers, packageDir, entry, true);

  const packageName = manifest.name;
  for (const consumer of consumerManifests) {
    const dir = toPosix(dirname(consumer));
    const importer = importers.get(dir);
    const consumerManifest = await readManifest(root, dir);
    // A consumer that keeps every provider at run time links the new one in `dependencies`,
    // others in `devDependencies` (workspace-consumers.ts decides which).
    const field = (["dependencies", "devDependencies"] as const).find(
      (candidate) => consumerManifest?.[candidate]?.[packageName] !== undefined,
    );
    const specifier = field && consumerManifest?.[field]?.[packageName];
    if (!isMap(importer) || field === undefined || specifier === undefined) return false;
    let links = importer.get(field);
    if (!isMap(links)) {
      links = document.createNode({});
      importer.set(field, links);
    }
    const link = `link:${toPosix(relative(dir, packageDir))}`;
    insertSorted(document, links as YAMLMap, packageName, { specifier, version: link }, false);
  }
  await writeLockfile(root, document);
  return true;
}
