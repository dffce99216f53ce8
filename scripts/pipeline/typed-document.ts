// The document as the generated types describe it, where the client sends something other than
// what the document literally says (each case documented in core's README, "What the
// document decides"):
// - a request body on GET or HEAD is not typed: fetch cannot send one, and the client refuses it
//   (UnsendableRequestError) rather than fail as a connection error;
// - a header parameter that carries the key (header-credentials.ts) is optional: the client fills
//   it from its apiKey option;
// - every operation has a unique operationId (operation-names.ts): an operation without one is
//   named from its method and path, so it has an `operations[…]` type; a repeated one (which
//   openapi-typescript refuses) gets a number;
// - discriminators that map different values to one schema (a parent's via allOf, and a oneOf's)
//   all map every one of those values: openapi-typescript writes each discriminator's values
//   into the schema and intersects them, and `"circle" & "round"` would make the schema `never`.
import type { OpenAPI3 } from "openapi-typescript";
import { operationNames } from "../repo/operation-names.ts";
import { credentialHeaders } from "./header-credentials.ts";
import { isObject, type JsonObject, resolveObject } from "./json-ref.ts";

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
  for (const [key, name] of operationNames(copy)) {
    const [method, ...path] = key.split(" ");
    const pathItem = resolveObject(copy, resolveObject(copy, copy.paths)?.[path.join(" ")]);
    const operation = resolveObject(copy, pathItem?.[method!.toLowerCase()]);
    if (operation) operation.operationId = name;
  }
  alignDiscriminatorMappings(copy);
  return copy as unknown as OpenAPI3;
}

/** Every `discriminator` object of the document's schemas (any depth). */
function discriminators(node: unknown, found: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(node)) for (const item of node) discriminators(item, found);
  else if (isObject(node)) {
    if (isObject(node.discriminator) && typeof node.discriminator.propertyName === "string")
      found.push(node.discriminator);
    for (const [key, value] of Object.entries(node))
      if (key !== "discriminator" && key !== "example") discriminators(value, found);
  }
  return found;
}

function alignDiscriminatorMappings(document: JsonObject): void {
  const all = discriminators(resolveObject(document, document.components)?.schemas);
  // propertyName + target → every value any discriminator maps to that target.
  const values = new Map<string, Set<string>>();
  for (const { propertyName, mapping } of all)
    for (const [value, target] of Object.entries(isObject(mapping) ? mapping : {}))
      if (typeof target === "string") {
        const key = `${propertyName} ${target}`;
        values.set(key, new Set([...(values.get(key) ?? []), value]));
      }
  for (const discriminator of all) {
    if (!isObject(discriminator.mapping)) continue;
    const mapping = discriminator.mapping;
    for (const target of new Set(Object.values(mapping)))
      for (const value of values.get(`${discriminator.propertyName} ${target}`) ?? []) mapping[value] ??= target;
  }
}
