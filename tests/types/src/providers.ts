// The provider packages whose hovers are tested: every provider of the repository model, so a new
// provider is covered without editing a test.
import { join } from "node:path";
import { declaredJobs } from "@image-sdk/scripts/pipeline/jobs-file.ts";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { pagedOperations } from "@image-sdk/scripts/pipeline/pagination-file.ts";
import { listOperations, type OperationMethod } from "@image-sdk/scripts/repo/operation-methods.ts";
import type { ProviderNames } from "@image-sdk/scripts/repo/provider-names.ts";
import { listProviders, readProviderDocument } from "@image-sdk/scripts/repo/providers.ts";
import { type DocumentedErrors, readDocumentedErrors } from "./documented-errors.ts";
import { inlineDataLength } from "./inline-shape.ts";

export interface Operation {
  method: Uppercase<OperationMethod>;
  path: string;
  /** What its `data` hover may add to the budget for the inline shapes the document gives its bodies. */
  inlineDataLength: number;
}

export interface ProviderUnderTest {
  names: ProviderNames;
  documented: DocumentedErrors;
  /** Every operation of the package's openapi.json, for its raw call. */
  operations: Operation[];
  /**
   * What a generated helper's hover may add for inline shapes: a job's result is its status
   * operation's body, `paginate`'s items are its lists' bodies (upper bounds, as for `data`).
   */
  generatedHelperLengths: Map<string, number>;
}

export async function providersUnderTest(root: string): Promise<ProviderUnderTest[]> {
  const providers: ProviderUnderTest[] = [];
  for (const provider of listProviders(root)) {
    const document = await readProviderDocument(provider);
    const operations = listOperations(document).map(({ method, path }) => ({
      method: method.toUpperCase() as Uppercase<OperationMethod>,
      path,
      inlineDataLength: inlineDataLength(document, operationAt(document, method, path)),
    }));
    const documented = await readDocumentedErrors(join(provider.paths.generatedDir, "errors.ts"));
    const label = provider.paths.document;
    const generatedHelperLengths = new Map<string, number>();
    for (const job of declaredJobs(document, label)) {
      // A job checked only at a status URL has no status operation, and its result is `unknown`.
      if (!job.status) continue;
      const status = operationAt(document, job.status.method.toLowerCase() as OperationMethod, job.status.path);
      generatedHelperLengths.set(job.name, inlineDataLength(document, status));
    }
    const paged = pagedOperations(document, label);
    if (paged.length)
      generatedHelperLengths.set(
        "paginate",
        paged.reduce((sum, { path }) => sum + inlineDataLength(document, operationAt(document, "get", path)), 0),
      );
    providers.push({ names: provider.names, documented, operations, generatedHelperLengths });
  }
  return providers;
}

function operationAt(document: JsonObject, method: OperationMethod, path: string): JsonObject {
  const paths = document.paths as Record<string, Record<string, JsonObject>>;
  const operation = paths[path]?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path}: not in the document`);
  return operation;
}
