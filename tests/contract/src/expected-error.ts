// What a provider client must report for an error body the document documents, derived from the
// document alone: the code property its error schema names (`x-image-sdk-error-code`) and the
// pipeline's own rule for the code a documented text stands for.
import { codeOfTemplate, documentedErrors } from "@image-sdk/scripts/pipeline/error-codes.ts";
import { isObject, type Json, type JsonObject, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import type { DocumentedResponse } from "./openapi/documented-operations.ts";

export interface ExpectedError {
  code: string | undefined;
  params: Record<string, string> | undefined;
}

export function expectedError(
  document: JsonObject,
  response: DocumentedResponse,
  body: Json | undefined,
): ExpectedError {
  const schema = resolveObject(document, response.schema);
  const ownProperty = schema?.["x-image-sdk-error-code"];
  // A response whose schema names no code property is read like the provider's other errors.
  const property = typeof ownProperty === "string" ? ownProperty : documentedErrors(document)?.property;
  const text = property !== undefined && isObject(body) ? body[property] : undefined;
  if (typeof text !== "string") return { code: undefined, params: undefined };
  // Prism answers with the documented text itself, so each `:name` parameter "holds" `:name`.
  const names = [...text.matchAll(/:([A-Za-z_]\w*)/g)].map((match) => match[1]!);
  return {
    code: codeOfTemplate(text),
    params: names.length ? Object.fromEntries(names.map((name) => [name, `:${name}`])) : undefined,
  };
}
