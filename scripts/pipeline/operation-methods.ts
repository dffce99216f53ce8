/** The keys of an OpenAPI path item that hold operations. */
export const operationMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type OperationMethod = (typeof operationMethods)[number];
