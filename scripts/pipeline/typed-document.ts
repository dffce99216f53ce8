// The document as the generated types describe it, where the client sends something other than
// what the document literally says (each case documented in core's README, "What the
// document decides"):
// - a request body on GET or HEAD is not typed: fetch cannot send one, and the client refuses it
//   (UnsendableRequestError) rather than fail as a connection error;
// - a header parameter that carries the key (header-credentials.ts) is optional: the client fills
//   it from its apiKey option.
import type { OpenAPI3 } from "openapi-typescript";
import { credentialHeaders } from "./header-credentials.ts";
import { type JsonObject, resolveObject } from "./json-ref.ts";

/** A copy of `document` with the changes above; the document itself is left as it is. */
export function typedDocument(document: OpenAPI3): OpenAPI3 {
  const copy = structuredClone(document) as unknown as JsonObject;
  for (const pathItemOrRef of Object.values(resolveObject(copy, copy.paths) ?? {})) {
    const pathItem = resolveObject(copy, pathItemOrRef) ?? {};
    for (const method of ["get", "head"]) {
      const operation = resolveObject(copy, pathItem[method]);
      if (operation) delete operation.requestBody;
    }
  }
  for (const parameter of credentialHeaders(copy)) parameter.required = false;
  return copy as unknown as OpenAPI3;
}
