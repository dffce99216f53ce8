// Documents that describe their key as an ordinary required header parameter (`X-Key`,
// `Authorization`) and declare no `securitySchemes`: the key is still a credential. The generator
// turns each such header into an apiKey scheme the client fills from its apiKey option (and
// `<PREFIX>_API_KEY`), and the types make the parameter optional, so a caller need not pass it.
import { operationMethods } from "../repo/operation-methods.ts";
import { type JsonObject, resolveObject } from "./json-ref.ts";

/** Header names that carry a key: `Authorization`, `X-API-Key`, `Api-Token`, `X-Auth-Token`, `X-Secret`… */
const credentialName = /^(authorization|(x-)?(api|auth|access)[-_]?(key|token)|(x-)?(api[-_]?)?secret|(x-)?key)$/i;

/** Whether the document declares any way of authenticating itself (then its parameters are only parameters). */
function declaresSecurity(document: JsonObject): boolean {
  const schemes = resolveObject(document, resolveObject(document, document.components)?.securitySchemes);
  return Object.keys(schemes ?? {}).length > 0;
}

/** The parameter objects of an operation and its path item, resolved. */
function parametersOf(document: JsonObject, pathItem: JsonObject, operation: JsonObject): JsonObject[] {
  return [pathItem, operation].flatMap((holder) =>
    (Array.isArray(holder.parameters) ? holder.parameters : []).flatMap((parameter) => {
      const resolved = resolveObject(document, parameter);
      return resolved ? [resolved] : [];
    }),
  );
}

/** The required header parameter of an operation that carries the key, if the document has no securitySchemes. */
export function credentialHeader(
  document: JsonObject,
  pathItem: JsonObject,
  operation: JsonObject,
): JsonObject | undefined {
  if (declaresSecurity(document)) return undefined;
  return parametersOf(document, pathItem, operation).find(
    (parameter) =>
      parameter.in === "header" &&
      parameter.required === true &&
      typeof parameter.name === "string" &&
      credentialName.test(parameter.name),
  );
}

/** Every credential header parameter object of the document (the same objects, for the types to relax). */
export function credentialHeaders(document: JsonObject): JsonObject[] {
  const found = new Set<JsonObject>();
  for (const pathItemOrRef of Object.values(resolveObject(document, document.paths) ?? {})) {
    const pathItem = resolveObject(document, pathItemOrRef) ?? {};
    for (const method of operationMethods) {
      const operation = resolveObject(document, pathItem[method]);
      const header = operation && credentialHeader(document, pathItem, operation);
      if (header) found.add(header);
    }
  }
  return [...found];
}

/** A scheme id for a credential header that cannot clash with a declared one (there are none). */
export const headerSchemeId = (name: string) => `header:${name}`;
