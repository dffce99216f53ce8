import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { DocumentSourceError } from "../repo/source-error.ts";

/** One vendored upstream file: where it is published and which operations we take from it. */
export interface UpstreamEntry {
  url: string;
  /** Path of the vendored file, relative to specs/<provider>/. */
  file: string;
  /** `method /path`, as in source.yaml. */
  operations: string[];
  /** SHA-256 (hex) of the vendored file as last synced: what proves it is still upstream's bytes. */
  sha256: string | undefined;
}

/** Every vendored file source.yaml names (with or without a `url`), with its recorded hash. */
export interface VendoredFile {
  /** Path of the vendored file, relative to specs/<provider>/. */
  file: string;
  sha256: string | undefined;
  /** Its index in `upstream:`, to name it in messages and to rewrite its hash. */
  index: number;
}

export interface ProviderSource {
  provider: string;
  specDir: string;
  /** Entries with `upstream:`; empty for an authored spec. */
  upstream: UpstreamEntry[];
  /** Set when the spec is written by us (no upstream document exists). */
  authoredFrom: string | undefined;
  /** Vendored files source.yaml names no `url` for (read from a local file by `pnpm new-provider`): not checked. */
  withoutUrl: string[];
  /** Every `upstream:` entry's file and recorded hash, `url` or not. */
  vendored: VendoredFile[];
}

export async function readProviderSource(root: string, provider: string): Promise<ProviderSource> {
  const specDir = join(root, "specs", provider);
  const file = join(specDir, "source.yaml");
  const label = relative(root, file);
  let source: Record<string, unknown>;
  try {
    source = (parse(await readFile(file, "utf8")) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new DocumentSourceError(
      label,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const authored = source.authored as { from?: unknown } | undefined;
  if (source.upstream === undefined) {
    if (!authored) throw new DocumentSourceError(label, "has neither `upstream:` nor `authored:`");
    return {
      provider,
      specDir,
      upstream: [],
      authoredFrom: typeof authored.from === "string" ? authored.from : "",
      withoutUrl: [],
      vendored: [],
    };
  }
  if (!Array.isArray(source.upstream) || source.upstream.length === 0) {
    throw new DocumentSourceError(label, "`upstream` must be a non-empty list of { url, file, operations }");
  }
  const withoutUrl: string[] = [];
  const vendored: VendoredFile[] = [];
  const entries = source.upstream.map((raw: Record<string, unknown> | null, index): UpstreamEntry | undefined => {
    const where = `upstream[${index}]`;
    if (typeof raw?.file !== "string")
      throw new DocumentSourceError(label, `${where}.file must name the vendored file`);
    const sha256 = raw.sha256;
    if (sha256 !== undefined && (typeof sha256 !== "string" || !/^[0-9a-f]{64}$/.test(sha256)))
      throw new DocumentSourceError(
        label,
        `${where}.sha256 must be the SHA-256 of ${raw.file} in lowercase hex (64 digits), not \`${String(sha256)}\``,
      );
    vendored.push({ file: raw.file, sha256, index });
    if (raw.url === undefined) {
      withoutUrl.push(raw.file);
      return undefined;
    }
    if (typeof raw.url !== "string" || !/^https?:\/\//.test(raw.url))
      throw new DocumentSourceError(label, `${where}.url must be an http(s) URL`);
    const operations = raw.operations;
    if (
      !Array.isArray(operations) ||
      operations.length === 0 ||
      !operations.every((operation) => typeof operation === "string" && /^[a-z]+ \//.test(operation))
    ) {
      throw new DocumentSourceError(label, `${where}.operations must list operations as \`method /path\``);
    }
    return { url: raw.url, file: raw.file, operations: operations as string[], sha256 };
  });
  const upstream = entries.filter((entry): entry is UpstreamEntry => entry !== undefined);
  return { provider, specDir, upstream, authoredFrom: undefined, withoutUrl, vendored };
}
