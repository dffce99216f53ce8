// Which header of an operation makes a retry of it safe: an idempotency key. Found by name among
// the operation's header parameters (`Idempotency-Key`, `X-Idempotency-Key`, a vendor's
// `<Vendor>-Idempotency-Key`), or declared with `x-image-sdk-idempotency: <header name>` on the
// operation (in the overlay) where the document does not say it.
import { type JsonObject, resolveObject } from "./json-ref.ts";
import { PipelineError } from "./pipeline-error.ts";

const byName = /(^|-)idempotency-key$/i;

/** The operation's idempotency header, lower-cased as the client sends headers; undefined when it has none. */
export function idempotencyHeader(
  document: JsonObject,
  pathItem: JsonObject,
  operation: JsonObject,
  where: string,
): string | undefined {
  const declared = operation["x-image-sdk-idempotency"];
  if (declared !== undefined) {
    if (typeof declared !== "string" || !/^[!#$%&'*+.^`|~\w-]+$/.test(declared))
      throw new PipelineError(
        "openapi.json",
        `x-image-sdk-idempotency must be a header name; got ${JSON.stringify(declared)}`,
        where,
      );
    return declared.toLowerCase();
  }
  const parameters = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  for (const parameter of parameters) {
    const resolved = resolveObject(document, parameter);
    if (resolved?.in === "header" && typeof resolved.name === "string" && byName.test(resolved.name))
      return resolved.name.toLowerCase();
  }
  return undefined;
}
