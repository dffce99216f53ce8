// Verbatim vendoring, proven from inside the repository: source.yaml records the SHA-256 of each
// vendored upstream file when it is synced (`pnpm specs:sync`, `pnpm new-provider`), and a test
// checks every vendored file against its recorded hash. A hand edit of upstream/ fails that test;
// a sync rewrites the file and its hash together.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { listProviders } from "../repo/providers.ts";
import { readProviderSource } from "./upstream-sources.ts";

export function sha256Of(contents: string | Uint8Array): string {
  return createHash("sha256").update(contents).digest("hex");
}

/** One vendored file that does not match what its source.yaml records. */
export interface VendoredMismatch {
  /** The vendored file, relative to the repo root. */
  file: string;
  problem: string;
}

/** Every vendored file of every specs/<provider>/source.yaml whose bytes are not the ones recorded. */
export async function findVendoredMismatches(root: string): Promise<VendoredMismatch[]> {
  const mismatches: VendoredMismatch[] = [];
  for (const { name: provider } of listProviders(root)) {
    const source = await readProviderSource(root, provider);
    const manifest = `specs/${provider}/source.yaml`;
    for (const { file, sha256, index } of source.vendored) {
      const path = join(source.specDir, file);
      const label = relative(root, path);
      const where = `${manifest} upstream[${index}].sha256`;
      const contents = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined;
        throw error;
      });
      if (contents === undefined) {
        mismatches.push({ file: label, problem: `is missing, but ${manifest} upstream[${index}] names it` });
      } else if (sha256 === undefined) {
        mismatches.push({
          file: label,
          problem: `has no recorded hash: ${where} is missing (\`pnpm specs:sync ${provider}\` records it)`,
        });
      } else if (sha256Of(contents) !== sha256) {
        mismatches.push({
          file: label,
          problem: `is not the file that was synced: its SHA-256 is ${sha256Of(contents)}, ${where} records ${sha256}. Never edit upstream/ by hand: correct it in the overlay, or \`pnpm specs:sync ${provider}\``,
        });
      }
    }
  }
  return mismatches;
}

/** What a sync changes in one `upstream:` entry: the new file's hash, and operations no longer published. */
export interface EntryUpdate {
  sha256: string;
  /** Listed operations the published document no longer has: dropped from `operations`. */
  removedOperations?: readonly string[];
}

/**
 * source.yaml's text with the given `upstream:` entries (by index) updated, comments and layout
 * kept, for writing together with the vendored files it describes.
 */
export function withSyncedEntries(sourceYaml: string, updates: ReadonlyMap<number, EntryUpdate>): string {
  const document = parseDocument(sourceYaml);
  for (const [index, { sha256, removedOperations = [] }] of updates) {
    const entry = document.getIn(["upstream", index], true);
    if (!isMap(entry)) throw new Error(`source.yaml has no upstream[${index}] to record a hash in`);
    if (entry.has("sha256")) {
      entry.set("sha256", sha256);
    } else {
      // Beside the file it describes, where a reader looks for it.
      const after = entry.items.findIndex((pair) => String(pair.key) === "file");
      entry.items.splice(after + 1, 0, document.createPair("sha256", sha256));
    }
    const operations = entry.get("operations", true);
    if (isSeq(operations) && removedOperations.length) {
      const kept = operations.items.filter((item) => !removedOperations.includes(String(toJSON(item))));
      // An entry with no operation left is not valid: keep it for a person to decide.
      if (kept.length) operations.items = kept;
    }
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const toJSON = (node: unknown) => (isScalar(node) ? node.value : node);
