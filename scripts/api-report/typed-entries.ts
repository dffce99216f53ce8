/** An `exports` entry with declarations, and the name of its API report. */
export interface TypedEntry {
  /** The subpath as in `exports`: ".", "./node". */
  subpath: string;
  /** The ESM declarations, relative to the package: "./dist/index.d.ts". */
  types: string;
  /** "core" for ".", "novita-node" for "./node" of @image-sdk/novita. */
  reportName: string;
}

type Condition = string | { [condition: string]: Condition };

/**
 * The entries of a package.json `exports` map that have declarations (`import.types`, else
 * `types`): what a consumer can import with types. JSON files and package.json are not API.
 */
export function typedEntries(manifest: { name: string; exports?: Record<string, Condition> }): TypedEntry[] {
  const base = manifest.name.replace(/^@[^/]+\//, "");
  const entries: TypedEntry[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target === "string") continue;
    const types = typesOf(target);
    if (!types) continue;
    const reportName = subpath === "." ? base : `${base}-${subpath.replace(/^\.\//, "").replace(/[^\w.-]+/g, "-")}`;
    entries.push({ subpath, types, reportName });
  }
  if (entries.length === 0) throw new Error(`${manifest.name}: package.json "exports" has no entry with types`);
  return entries;
}

function typesOf(target: { [condition: string]: Condition }): string | undefined {
  const esm = target.import;
  if (typeof esm === "object" && typeof esm.types === "string") return esm.types;
  return typeof target.types === "string" ? target.types : undefined;
}
