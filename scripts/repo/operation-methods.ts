/** The keys of an OpenAPI path item that hold operations: the one list of HTTP methods. */
export const operationMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type OperationMethod = (typeof operationMethods)[number];

export interface DocumentOperation {
  method: OperationMethod;
  path: string;
}

/** Every operation of a document: paths in document order, each path's methods in the order above. */
export function listOperations(document: { paths?: unknown }): DocumentOperation[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown> | null>;
  return Object.entries(paths).flatMap(([path, item]) =>
    operationMethods
      .filter((method) => item !== null && typeof item[method] === "object")
      .map((method) => ({ method, path })),
  );
}
