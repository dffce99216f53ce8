import { PipelineError } from "../../scripts/pipeline/pipeline-error.ts";
import { operationMethods } from "../../scripts/repo/operation-methods.ts";

/** The parts of an OpenAPI document the site reads itself (the reference renders the rest). */
export interface OpenApiDocument {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, unknown>>;
}

export interface ApiOperation {
  method: string;
  path: string;
  operationId: string | undefined;
  summary: string | undefined;
}

/** Every operation of a document, in document order. */
export function listOperations(document: OpenApiDocument, label: string): ApiOperation[] {
  if (typeof document.paths !== "object" || document.paths === null) {
    throw new PipelineError(label, "the document has no `paths` object", "paths");
  }
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of operationMethods) {
      const operation = item[method] as { operationId?: unknown; summary?: unknown } | undefined;
      if (operation === undefined) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === "string" ? operation.operationId : undefined,
        summary: typeof operation.summary === "string" ? operation.summary : undefined,
      });
    }
  }
  return operations;
}
