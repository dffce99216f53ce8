import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { bundleFromString, createConfig } from "@redocly/openapi-core";
import { valueAt } from "../pipeline/json-ref.ts";
import { fetchDocumentText, isUrl } from "./fetch-document.ts";
import { parseOpenApi } from "./parse-openapi.ts";
import { DocumentSourceError } from "./source-error.ts";

type Json = Record<string, unknown>;

/** Reads a file or fetches an http(s) URL; either way a missing or wrong document is an error. */
export async function readDocumentText(source: string): Promise<string> {
  if (isUrl(source)) return fetchDocumentText(source);
  try {
    return await readFile(source, "utf8");
  } catch (error) {
    throw new DocumentSourceError(
      source,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

/**
 * Bundles a document with Redocly's resolver, so references to other files or URLs (relative to
 * `source`) become internal ones the diff can follow. An unresolvable reference is an error.
 */
export async function bundleDocument(text: string, source: string): Promise<Json> {
  const parsed = parseOpenApi(text, source);
  // Already bundled (a package's openapi.json): every reference is internal and resolves, so there is
  // nothing to bundle, and Redocly's walk of a large document would only cost time.
  if (internalRefsResolve(parsed)) return parsed;
  const absoluteRef = isUrl(source) ? source : resolve(source);
  const result = await bundleFromString({ source: text, absoluteRef, config: await createConfig({}) });
  const problems = result.problems.filter((problem) => problem.severity === "error");
  if (problems.length) {
    const [first] = problems;
    const where = first?.location[0]?.pointer ?? "";
    throw new DocumentSourceError(
      source,
      `cannot be bundled: ${first?.message}${where ? ` (at ${where})` : ""}${problems.length > 1 ? ` and ${problems.length - 1} more` : ""}`,
    );
  }
  return result.bundle.parsed as Json;
}

/** Whether every `$ref` in the document is an internal `#/…` one that points at something. */
function internalRefsResolve(document: Json): boolean {
  const pending: unknown[] = [document];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (typeof node !== "object" || node === null) continue;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && (!ref.startsWith("#") || valueAt(document, ref) === undefined)) return false;
    pending.push(...Object.values(node));
  }
  return true;
}

/** A document ready to diff: read or fetched, checked to be OpenAPI 3.x, and bundled. */
export async function loadDocument(source: string): Promise<Json> {
  return bundleDocument(await readDocumentText(source), source);
}
