// Reads the published document(s) a new provider starts from: one file or URL, plus every file a
// `$ref` reaches from it (multi-file trees), kept byte for byte for specs/<name>/upstream/.
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import { isObject, valueAt } from "../pipeline/json-ref.ts";
import { roleOf, type ValueRole } from "../repo/data-values.ts";
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
  /** What the scaffold could not vendor and reports instead (an externalValue it cannot read). */
  reported: string[];
}

/**
 * A `$ref` that only ever leads to another `$ref` and back (A → B → A), as the pointers it passes;
 * undefined when it reaches a value. A schema that refers to itself inside its properties is no cycle.
 */
function refCycle(loaded: Map<string, { parsed: unknown }>, document: string, pointer: string): string[] | undefined {
  const seen: string[] = [];
  let current = { document, pointer };
  for (;;) {
    const key = `${current.document}${current.pointer}`;
    if (seen.includes(key))
      return [...seen, key].map((entry) => entry.slice(entry.lastIndexOf("/", entry.indexOf("#")) + 1));
    seen.push(key);
    const node = valueAt(loaded.get(current.document)?.parsed, current.pointer);
    if (!isObject(node) || typeof node.$ref !== "string") return undefined;
    const [target = "", fragment = ""] = node.$ref.split("#", 2) as [string, string | undefined];
    const next = target === "" ? new URL(current.document) : new URL(target, current.document);
    next.hash = "";
    current = { document: next.href, pointer: `#${fragment}` };
  }
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

/** Past this, a document is refused: no tool of the pipeline handles it in bounded time and memory. */
const maxDocumentBytes = 20 * 1024 * 1024;

/** Refuses a document too large to handle, or with nothing in it. */
function checkSize(bytes: Uint8Array, shown: string): void {
  if (bytes.length > maxDocumentBytes)
    throw new ScaffoldError(
      shown,
      `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB: documents over 20 MB are refused (split it into files that $ref each other, or take the operations you need)`,
    );
  if (new TextDecoder().decode(bytes).trim() === "") throw new ScaffoldError(shown, "is empty");
}

function parse(bytes: Uint8Array, shown: string): unknown {
  checkSize(bytes, shown);
  try {
    return parseYaml(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new ScaffoldError(
      shown,
      `is neither JSON nor YAML: ${(error as Error).message.split("\n")[0]?.replace(/:$/, "")}`,
    );
  }
}

/**
 * Every `$ref` in a parsed document, with the JSON pointer of the node holding it, and every
 * `externalValue` an example names. Example values and `x-` extensions are data
 * (scripts/repo/data-values.ts): a `$ref` there is not a reference to follow.
 */
function collectRefs(
  node: unknown,
  at: string,
  found: Array<{ ref: string; at: string }>,
  externalValues: Array<{ ref: string; at: string }> = [],
  role: ValueRole = "keywords",
  ownKey?: string,
): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) collectRefs(item, `${at}/${index}`, found, externalValues);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (role === "keywords" && key === "$ref" && typeof value === "string") found.push({ ref: value, at });
    // Only an Example Object has `externalValue`.
    else if (role === "keywords" && key === "externalValue" && typeof value === "string")
      externalValues.push({ ref: value, at });
    else {
      const inner = roleOf(key, value, role, ownKey);
      if (inner !== "data")
        collectRefs(value, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, found, externalValues, inner, key);
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
  const reported: string[] = [];
  const pending: Array<{ location: URL; from?: { file: string; at: string; ref: string; raw?: boolean } }> = [
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
      if (from.raw) {
        reported.push(`${from.file}#${from.at}: externalValue ${from.ref}: ${(error as Error).message}`);
        continue;
      }
      throw new ScaffoldError(from.file, `dangling $ref \`${from.ref}\` at #${from.at}: ${(error as Error).message}`);
    }
    if (from?.raw) {
      // An example's externalValue: vendored as it is, not parsed or followed.
      loaded.set(key, { location, bytes, parsed: undefined });
      continue;
    }
    if (!from) {
      // The root is checked first, so an HTML page says it is one rather than how YAML fails on it.
      checkSize(bytes, shown);
      parseOpenApi(new TextDecoder().decode(bytes), shown);
    }
    const parsed = parse(bytes, shown);
    loaded.set(key, { location, bytes, parsed });
    const refs: Array<{ ref: string; at: string }> = [];
    const externalValues: Array<{ ref: string; at: string }> = [];
    collectRefs(parsed, "", refs, externalValues);
    for (const { ref, at } of externalValues) {
      // A relative externalValue is part of the published tree; an absolute URL is the provider's to serve.
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
        reported.push(
          `${shown}#${at}: externalValue ${ref} is not vendored (an absolute URL); its example is not checked`,
        );
        continue;
      }
      const target = new URL(ref, location);
      target.hash = "";
      pending.push({ location: target, from: { file: shown, at, ref, raw: true } });
    }
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
    const cycle = refCycle(loaded, document, pointer);
    if (cycle)
      throw new ScaffoldError(file, `circular $ref \`${ref}\` at #${at}: ${cycle.join(" → ")} never reaches a value`);
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
    reported,
    url: rootLocation.protocol === "file:" ? undefined : rootLocation.href,
  };
}

/** Where a vendored file goes: `specs/<name>/upstream/<path>`. */
export function upstreamPath(specDir: string, file: UpstreamFile): string {
  return join(specDir, "upstream", ...file.path.split("/"));
}
