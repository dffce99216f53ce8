// Compares what providers publish today with what specs/<provider>/upstream/ vendors.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { fetchDocumentText } from "../repo/fetch-document.ts";
import { bundleDocument } from "../repo/load-document.ts";
import { parseOpenApi } from "../repo/parse-openapi.ts";
import type { Change } from "../specs-diff/change.ts";
import { diffDocuments } from "../specs-diff/diff-documents.ts";
import { renderVendored } from "./docs-site-yaml.ts";
import { extractOperations, missingOperations } from "./extract-operations.ts";
import { checkOverlay, type OverlayCheck } from "./overlay-matches.ts";
import type { ProviderSource, UpstreamEntry } from "./upstream-sources.ts";

type Json = Record<string, unknown>;

export interface EntryDrift {
  entry: UpstreamEntry;
  /** Path of the vendored file, relative to the repo root. */
  file: string;
  /** What the vendored file would be if synced now. */
  published: string;
  /** The vendored file as it is; undefined when it does not exist yet. */
  vendored: string | undefined;
  /** Listed operations the published document no longer has. */
  missing: string[];
  /** Contract changes from the vendored file to the published one. */
  changes: Change[];
}

export interface ProviderDrift {
  provider: string;
  /** The package's version (packages/<provider>/package.json), when it has one. */
  packageVersion: string | undefined;
  entries: EntryDrift[];
  overlay: OverlayCheck;
}

export function hasDrift(entry: EntryDrift): boolean {
  return entry.published !== entry.vendored;
}

/** Fetches each upstream URL once; any fetch or parse failure throws, naming the URL. */
async function fetchPublished(entries: readonly UpstreamEntry[]): Promise<Map<string, Json>> {
  const documents = new Map<string, Json>();
  for (const url of new Set(entries.map((entry) => entry.url)))
    documents.set(url, parseOpenApi(await fetchDocumentText(url), url));
  return documents;
}

export async function checkProvider(root: string, source: ProviderSource): Promise<ProviderDrift> {
  const published = await fetchPublished(source.upstream);
  const entries: EntryDrift[] = [];
  for (const entry of source.upstream) {
    const document = published.get(entry.url) as Json;
    const path = join(source.specDir, entry.file);
    const file = relative(root, path);
    const text = renderVendored(extractOperations(document, entry.operations));
    const vendored = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    let changes: Change[] = [];
    if (text !== vendored) {
      // The vendored side is restricted the same way, so only the listed operations are compared.
      const before =
        vendored === undefined
          ? { openapi: "3.0.0", info: {}, paths: {} }
          : extractOperations(parse(vendored) as Json, entry.operations);
      changes = diffDocuments(
        await bundleDocument(JSON.stringify(before), path),
        await bundleDocument(JSON.stringify(parse(text)), entry.url),
      );
    }
    entries.push({
      entry,
      file,
      published: text,
      vendored,
      missing: missingOperations(document, entry.operations),
      changes,
    });
  }
  // When nothing drifted the build's own spec:bundle already proves every action matches.
  const drifted = entries.filter(hasDrift);
  const overlay = drifted.length
    ? await checkOverlay(root, source.provider, new Map(drifted.map((entry) => [entry.entry.file, entry.published])))
    : { unmatched: [], bundleError: undefined };
  const manifest = await readFile(join(root, "packages", source.provider, "package.json"), "utf8").catch(
    () => undefined,
  );
  const packageVersion = manifest === undefined ? undefined : (JSON.parse(manifest) as { version?: string }).version;
  return { provider: source.provider, packageVersion, entries, overlay };
}
