// Pipeline step 3: turns the package's corrected document into TypeScript: the openapi-typescript
// types (src/generated/openapi.ts), the documented error codes (src/generated/errors.ts) and the
// runtime configuration createApiClient runs every call from (src/generated/provider.ts).
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import openapiTS, { astToString, NEVER, type OpenAPI3, type SchemaObject } from "openapi-typescript";
import ts from "typescript";
import { writeFilesAtomically } from "./atomic-write.ts";
import { documentedErrors, renderErrorsModule } from "./error-codes.ts";
import { PipelineError, runStep } from "./pipeline-error.ts";
import { renderProviderModule } from "./provider-config.ts";
import { loadProviderSpec, providerFromArgv } from "./provider-spec.ts";

/**
 * openapi-typescript options, chosen on purpose (the version is pinned in scripts/package.json,
 * so the same document always yields the same code):
 * - defaultNonNullable: false — a request field with a default (Flamel's `sample`, `async`) is
 *   optional to send; the default (true) would make it required.
 * - alphabetize: false — keep the document's order, so generated diffs read like spec diffs.
 * - transform: a schema that is only `not: {}` (accepts no value) becomes `never`; overlays use it
 *   to forbid a property (Flamel's exclusive create bodies), and openapi-typescript types it
 *   `unknown`, which would let the compiler accept what validators reject. A binary string
 *   (`format: binary`, or 3.1's `contentMediaType` without `contentEncoding`) becomes `Blob`: the
 *   client sends file parts and reads binary responses as Blobs.
 */
export const typegenOptions = {
  defaultNonNullable: false,
  alphabetize: false,
  silent: true,
  transform: (schema: SchemaObject) => (acceptsNothing(schema) ? NEVER : isBinary(schema) ? BLOB : undefined),
};

const BLOB = ts.factory.createTypeReferenceNode("Blob");

function isBinary(schema: SchemaObject): boolean {
  const { format, contentMediaType, contentEncoding } = schema as Record<string, unknown>;
  return format === "binary" || (typeof contentMediaType === "string" && contentEncoding === undefined);
}

function acceptsNothing(schema: SchemaObject): boolean {
  const keys = Object.keys(schema);
  const not = (schema as { not?: unknown }).not;
  return keys.length === 1 && typeof not === "object" && not !== null && Object.keys(not).length === 0;
}

export async function generateTypes(provider: string, root?: string): Promise<void> {
  const spec = await loadProviderSpec(provider, root);
  const label = relative(spec.root, spec.bundlePath);
  let document: OpenAPI3;
  try {
    document = JSON.parse(await readFile(spec.bundlePath, "utf8"));
  } catch (error) {
    throw new PipelineError(
      label,
      `cannot read the bundled document (run spec:bundle first): ${(error as Error).message}`,
    );
  }
  let types: string;
  try {
    types = astToString(await openapiTS(document, typegenOptions));
  } catch (error) {
    throw new PipelineError(label, `openapi-typescript failed: ${(error as Error).message}`);
  }
  await writeFilesAtomically([
    { path: join(spec.generatedDir, "openapi.ts"), contents: types },
    { path: join(spec.generatedDir, "errors.ts"), contents: renderErrorsModule(documentedErrors(document)) },
    { path: join(spec.generatedDir, "provider.ts"), contents: renderProviderModule(provider, document) },
  ]);
}

if (import.meta.main) {
  const { provider, root } = providerFromArgv();
  await runStep(() => generateTypes(provider, root));
}
