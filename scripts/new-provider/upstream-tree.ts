// Reads the published document(s) a new provider starts from: one file or URL, plus every file a
// `$ref` reaches from it (multi-file trees), kept byte for byte for specs/<name>/upstream/.
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import { isObject, valueAt } from "../pipeline/json-ref.ts";
import { fetchDocumentBytes } from "../repo/fetch-document.ts";
import { parseOpenApi } from "../repo/parse-openapi.ts";
import { ScaffoldError } from "./scaffold-error.ts";

export interface UpstreamFile {
  /** Path under specs/<name>/upstream/, with `/` separators. */
  path: string;
  bytes: Uint8Array;
  parsed: unknown;
}

export interface UpstreamTree {
  /** The document the provider's pipeline starts from (its `entry`). */
  root: UpstreamFile;
  files: UpstreamFile[];
  /** Where the root document is published, when it came from a URL. */
  url: string | undefined;
}

/** A location as a URL, so files and http(s) documents resolve relative references alike. */
function locationOf(source: string): URL {
  return /^https?:\/\//i.test(source) ? new URL(source) : pathToFileURL(resolve(source));
}

async function readBytes(location: URL, shown: string): Promise<Uint8Array> {
  if (location.protocol !== "file:") return fetchDocumentBytes(location.href);
  try {
    return new Uint8Array(await readFile(fileURLToPath(location)));
  } catch (error) {
    throw new ScaffoldError(
      shown,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

function parse(bytes: Uint8Array, shown: string): unknown {
  try {
    return parseYaml(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new ScaffoldError(
      shown,
      `is neither JSON nor YAML: ${(error as Error).message.split("\n")[0]?.replace(/:$/, "")}`,
    );
  }
}

/** Every `$ref` in a parsed document, with the JSON pointer of the node holding it. */
function collectRefs(node: unknown, at: string, found: Array<{ ref: string; at: string }>): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) collectRefs(item, `${at}/${index}`, found);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push({ ref: value, at });
      else collectRefs(value, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, found);
    }
  }
}

/** The shortest common directory of the locations, so every file keeps its place relative to the others. */
function commonBase(locations: URL[]): URL {
  const directories = locations.map((location) => new URL(".", location).href);
  let base = directories[0] ?? "";
  for (const directory of directories) {
    while (!directory.startsWith(base)) base = new URL("..", base).href;
  }
  return new URL(base);
}

function shownOf(location: URL): string {
  if (location.protocol !== "file:") return location.href;
  const path = fileURLToPath(location);
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith("..") || isAbsolute(fromCwd) ? path : fromCwd;
}

/**
 * Reads `source` and every document its `$ref`s reach. The root must be OpenAPI 3.0 or 3.1; a
 * reference to a file that cannot be read, or to a place that does not exist, is an error.
 */
export async function readUpstreamTree(source: string): Promise<UpstreamTree> {
  const rootLocation = locationOf(source);
  const loaded = new Map<string, { location: URL; bytes: Uint8Array; parsed: unknown }>();
  const pending: Array<{ location: URL; from?: { file: string; at: string; ref: string } }> = [
    { location: rootLocation },
  ];
  const pointers: Array<{ document: string; pointer: string; file: string; at: string; ref: string }> = [];
  while (pending.length) {
    const { location, from } = pending.shift()!;
    const key = location.href;
    if (loaded.has(key)) continue;
    const shown = shownOf(location);
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(location, shown);
    } catch (error) {
      if (!from) throw error;
      throw new ScaffoldError(from.file, `dangling $ref \`${from.ref}\` at #${from.at}: ${(error as Error).message}`);
    }
    const parsed = parse(bytes, shown);
    if (!from) parseOpenApi(new TextDecoder().decode(bytes), shown);
    loaded.set(key, { location, bytes, parsed });
    const refs: Array<{ ref: string; at: string }> = [];
    collectRefs(parsed, "", refs);
    for (const { ref, at } of refs) {
      const [target = "", fragment] = ref.split("#", 2) as [string, string | undefined];
      const targetLocation = target === "" ? location : new URL(target, location);
      targetLocation.hash = "";
      if (target !== "") pending.push({ location: targetLocation, from: { file: shown, at, ref } });
      if (fragment !== undefined && fragment !== "" && fragment !== "/")
        pointers.push({ document: targetLocation.href, pointer: `#${fragment}`, file: shown, at, ref });
    }
  }
  for (const { document, pointer, file, at, ref } of pointers) {
    if (valueAt(loaded.get(document)?.parsed, pointer) === undefined)
      throw new ScaffoldError(file, `dangling $ref \`${ref}\` at #${at}: it points at nothing`);
  }

  const base = commonBase([...loaded.values()].map(({ location }) => location));
  const files = [...loaded.values()].map(({ location, bytes, parsed }) => ({
    path: decodeURIComponent(location.href.slice(base.href.length)).split(sep).join("/"),
    bytes,
    parsed,
  }));
  return {
    root: files[0]!,
    files,
    url: rootLocation.protocol === "file:" ? undefined : rootLocation.href,
  };
}

/** Where a vendored file goes: `specs/<name>/upstream/<path>`. */
export function upstreamPath(specDir: string, file: UpstreamFile): string {
  return join(specDir, "upstream", ...file.path.split("/"));
}
