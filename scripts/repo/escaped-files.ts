// The files the tools read, with the `$ref`s that are data escaped (scripts/repo/data-values.ts):
// - a copy of documents as text, escaped in place (`"$ref"` → `"~$ref"`), so every line keeps its
//   number and a tool's finding still points at the line of the published file;
// - a mirror of repository folders, where Redocly runs as it would in the repository (same relative
//   paths, same config) on escaped documents;
// - a document file for Prism.
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { isMap, isScalar, isSeq, type Node, parseDocument, parse as parseYaml } from "yaml";
import { dataRefPaths, escapeDataRefs, hasDataRefs } from "./data-values.ts";

const ESCAPED = /^~*\$ref$/;

function childNode(node: unknown, key: string): unknown {
  if (isMap(node)) return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.value;
  if (isSeq(node)) return node.items[Number(key)];
  return undefined;
}

/** Source offsets where a `~` makes each `$ref`-like key under `node` one `~` longer. */
function keyOffsets(node: unknown, offsets: number[]): void {
  if (isSeq(node)) for (const item of node.items) keyOffsets(item, offsets);
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    if (isScalar(key) && ESCAPED.test(String(key.value)) && key.range) {
      const quoted = key.type === "QUOTE_DOUBLE" || key.type === "QUOTE_SINGLE";
      offsets.push(key.range[0] + (quoted ? 1 : 0));
    }
    keyOffsets(pair.value, offsets);
  }
}

/**
 * A JSON or YAML document's text with its data `$ref` keys escaped, byte for byte otherwise;
 * undefined when it has none (or is no document).
 */
export function escapeDataRefsInText(text: string): string | undefined {
  let parsed: unknown;
  try {
    // JSON.parse first: many times faster than YAML's parser on a large JSON document.
    parsed = JSON.parse(text);
  } catch {
    try {
      parsed = parseYaml(text);
    } catch {
      return undefined;
    }
  }
  const paths = dataRefPaths(parsed);
  if (paths.length === 0) return undefined;
  const document = parseDocument(text);
  const offsets: number[] = [];
  for (const path of paths) keyOffsets(path.reduce<unknown>(childNode, document.contents), offsets);
  let escaped = text;
  for (const offset of offsets.sort((a, b) => b - a)) escaped = `${escaped.slice(0, offset)}~${escaped.slice(offset)}`;
  return escaped;
}

const DOCUMENT_FILE = /\.(json|ya?ml)$/i;

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true, recursive: true }).catch(() => undefined);
  if (!entries) return [path];
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Where to run Redocly on `paths` (files or folders, relative to `root`): `root` itself when no
 * document there holds a data `$ref`, else a mirror under `work` holding `root`'s redocly.yaml and
 * those paths, their documents escaped. Relative paths, and so Redocly's findings, read the same.
 */
export async function escapedMirror(root: string, work: string, paths: string[]): Promise<string> {
  const escaped = new Map<string, string>();
  for (const path of paths)
    for (const file of await filesUnder(join(root, path))) {
      if (!DOCUMENT_FILE.test(file)) continue;
      const text = escapeDataRefsInText(await readFile(file, "utf8"));
      if (text !== undefined) escaped.set(file, text);
    }
  if (escaped.size === 0) return root;
  const mirror = join(work, "escaped-mirror");
  await mkdir(mirror, { recursive: true });
  await cp(join(root, "redocly.yaml"), join(mirror, "redocly.yaml"));
  for (const path of paths) await cp(join(root, path), join(mirror, path), { recursive: true });
  for (const [file, text] of escaped) await writeFile(join(mirror, relative(root, file)), text);
  return mirror;
}

/**
 * The file Prism should load for the document at `path`: the file itself, or an escaped copy
 * written under `directory` when it holds a data `$ref` (Prism stops on one it cannot resolve).
 */
export async function prismDocumentFile(path: string, directory: string): Promise<string> {
  const document = JSON.parse(await readFile(path, "utf8")) as unknown;
  if (!hasDataRefs(document)) return path;
  const copy = join(directory, `escaped-${path.split(/[\\/]/).at(-1)}`);
  await mkdir(dirname(copy), { recursive: true });
  await writeFile(copy, JSON.stringify(escapeDataRefs(document)));
  return copy;
}
