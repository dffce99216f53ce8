// pnpm-lock.yaml read and written as a YAML document, so an edit keeps pnpm's own formatting
// (quotes, blank lines, flow maps) and the file reads as if pnpm had written it.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Document, parseDocument } from "yaml";

/** pnpm's style: a parse and print of a lockfile pnpm wrote gives it back byte for byte. */
const printOptions = { lineWidth: 0, singleQuote: true, flowCollectionPadding: false } as const;

/** The dependency fields of an importer, in the order pnpm writes them. */
export const dependencyFields = ["dependencies", "optionalDependencies", "devDependencies"] as const;

export async function readLockfile(root: string): Promise<Document> {
  return parseDocument(await readFile(join(root, "pnpm-lock.yaml"), "utf8"));
}

export async function writeLockfile(root: string, lockfile: Document): Promise<void> {
  await writeFile(join(root, "pnpm-lock.yaml"), lockfile.toString(printOptions));
}
