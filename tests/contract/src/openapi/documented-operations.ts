// Walks a bundled OpenAPI document into everything the contract suite has to cover: each
// operation, each documented status and media type, each named example (request, response and
// callback). Test cases are generated from this list, so a new example needs no new test code.
import { isObject, type Json, type JsonObject, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { type OperationMethod, operationMethods } from "@image-sdk/scripts/pipeline/operation-methods.ts";

export type HttpMethod = OperationMethod;

export interface NamedExample {
  name: string;
  value: Json;
}

export interface DocumentedResponse {
  status: string;
  mediaType: string;
  /** The media type's schema as written (it may `$ref` into `components/schemas`). */
  schema: Json | undefined;
  /** Named examples; none means Prism answers with a response generated from the schema. */
  examples: NamedExample[];
}

export interface DocumentedHeader {
  name: string;
  required: boolean;
  schema: Json | undefined;
}

export interface DocumentedCallback {
  name: string;
  expression: string;
  method: HttpMethod;
  /** The headers the callback request carries (e.g. a webhook's signature headers). */
  headers: DocumentedHeader[];
  schema: Json | undefined;
  examples: NamedExample[];
}

export interface DocumentedOperation {
  /** `POST /api/images/create`: how reports and test names refer to the operation. */
  key: string;
  method: HttpMethod;
  path: string;
  operationId: string;
  requestSchema: Json | undefined;
  requestExamples: NamedExample[];
  responses: DocumentedResponse[];
  callbacks: DocumentedCallback[];
}

function namedExamples(document: JsonObject, media: JsonObject): NamedExample[] {
  const examples = resolveObject(document, media.examples) ?? {};
  return Object.entries(examples).map(([name, example]) => {
    const resolved = resolveObject(document, example);
    if (!resolved || !("value" in resolved)) {
      throw new Error(`Example "${name}" has no inline value (externalValue is not supported)`);
    }
    return { name, value: resolved.value as Json };
  });
}

function contentOf(document: JsonObject, holder: JsonObject | undefined): Array<[string, JsonObject]> {
  const content = resolveObject(document, holder?.content) ?? {};
  return Object.entries(content).map(([mediaType, media]) => [mediaType, resolveObject(document, media) ?? {}]);
}

function requestBodyParts(document: JsonObject, operation: JsonObject) {
  const body = resolveObject(document, operation.requestBody);
  const content = contentOf(document, body);
  const first = content.find(([mediaType]) => mediaType === "application/json") ?? content[0];
  return {
    schema: first?.[1].schema,
    examples: first ? namedExamples(document, first[1]) : [],
  };
}

function headerParameters(document: JsonObject, operation: JsonObject): DocumentedHeader[] {
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  return parameters
    .map((parameter) => resolveObject(document, parameter))
    .filter((parameter): parameter is JsonObject => parameter?.in === "header" && typeof parameter.name === "string")
    .map((parameter) => ({
      name: parameter.name as string,
      required: parameter.required === true,
      schema: parameter.schema,
    }));
}

function documentedResponses(document: JsonObject, operation: JsonObject): DocumentedResponse[] {
  const responses = resolveObject(document, operation.responses) ?? {};
  return Object.entries(responses).flatMap(([status, responseOrRef]) => {
    const response = resolveObject(document, responseOrRef);
    const content = contentOf(document, response);
    if (content.length === 0) return [{ status, mediaType: "", schema: undefined, examples: [] }];
    return content.map(([mediaType, media]) => ({
      status,
      mediaType,
      schema: media.schema,
      examples: namedExamples(document, media),
    }));
  });
}

function documentedCallbacks(document: JsonObject, operation: JsonObject): DocumentedCallback[] {
  const callbacks = resolveObject(document, operation.callbacks) ?? {};
  return Object.entries(callbacks).flatMap(([name, callbackOrRef]) =>
    Object.entries(resolveObject(document, callbackOrRef) ?? {}).flatMap(([expression, pathItem]) =>
      operationsOf(document, resolveObject(document, pathItem)).map(([method, callbackOperation]) => {
        const body = requestBodyParts(document, callbackOperation);
        return {
          name,
          expression,
          method,
          headers: headerParameters(document, callbackOperation),
          schema: body.schema,
          examples: body.examples,
        };
      }),
    ),
  );
}

function operationsOf(document: JsonObject, pathItem: JsonObject | undefined): Array<[HttpMethod, JsonObject]> {
  return operationMethods.flatMap((method) => {
    const operation = resolveObject(document, pathItem?.[method]);
    return operation ? [[method, operation] as [HttpMethod, JsonObject]] : [];
  });
}

export function documentedOperations(document: JsonObject): DocumentedOperation[] {
  const paths = isObject(document.paths) ? document.paths : {};
  return Object.entries(paths).flatMap(([path, pathItem]) =>
    operationsOf(document, resolveObject(document, pathItem)).map(([method, operation]) => {
      const key = `${method.toUpperCase()} ${path}`;
      const request = requestBodyParts(document, operation);
      return {
        key,
        method,
        path,
        operationId: typeof operation.operationId === "string" ? operation.operationId : key,
        requestSchema: request.schema,
        requestExamples: request.examples,
        responses: documentedResponses(document, operation),
        callbacks: documentedCallbacks(document, operation),
      };
    }),
  );
}
