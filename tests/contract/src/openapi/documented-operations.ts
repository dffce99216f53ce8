// Walks a bundled OpenAPI document into everything the contract suite has to cover: each
// operation, each documented status and media type, each named example (request, response and
// callback). Test cases are generated from this list, so a new example needs no new test code.
import { isObject, type Json, type JsonObject, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { type OperationMethod, operationMethods } from "@image-sdk/scripts/repo/operation-methods.ts";

export type HttpMethod = OperationMethod;

export interface NamedExample {
  name: string;
  value: Json;
}

export interface DocumentedResponse {
  status: string;
  /** `#/components/responses/<name>` when the operation shares the response by `$ref`. */
  shared: string | undefined;
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

export interface DocumentedParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: Json | undefined;
  /** The parameter's own `example`, or the first of its `examples`. */
  example: Json | undefined;
}

/** A top-level `webhooks` entry (OpenAPI 3.1): a request the provider sends to its users. */
export interface DocumentedWebhook {
  name: string;
  method: HttpMethod;
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
  /** Path-level and operation-level parameters, the operation's winning on a name clash. */
  parameters: DocumentedParameter[];
  /** The request body's media type ("" without a body): JSON when offered, else the first. */
  requestMediaType: string;
  requestSchema: Json | undefined;
  /** The request media type's `encoding` (multipart parts' content types), as written. */
  requestEncoding: Json | undefined;
  requestExamples: NamedExample[];
  /** The security requirements that apply (the operation's, else the document's); [] or [{}] for none. */
  security: Array<Record<string, string[]>>;
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
    mediaType: first?.[0] ?? "",
    schema: first?.[1].schema,
    encoding: first?.[1].encoding,
    examples: first ? namedExamples(document, first[1]) : [],
  };
}

function parametersOf(document: JsonObject, pathItem: JsonObject, operation: JsonObject): DocumentedParameter[] {
  const byKey = new Map<string, DocumentedParameter>();
  for (const holder of [pathItem, operation]) {
    for (const parameterOrRef of Array.isArray(holder.parameters) ? holder.parameters : []) {
      const parameter = resolveObject(document, parameterOrRef);
      if (!parameter || typeof parameter.name !== "string") continue;
      const location = parameter.in;
      if (location !== "path" && location !== "query" && location !== "header" && location !== "cookie") continue;
      const examples = resolveObject(document, parameter.examples);
      const firstExample = examples ? resolveObject(document, Object.values(examples)[0]) : undefined;
      byKey.set(`${location}:${parameter.name}`, {
        name: parameter.name,
        in: location,
        required: parameter.required === true || location === "path",
        schema: parameter.schema,
        example: "example" in parameter ? parameter.example : firstExample?.value,
      });
    }
  }
  return [...byKey.values()];
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
    const ref = isObject(responseOrRef) ? responseOrRef.$ref : undefined;
    const shared = typeof ref === "string" && ref.startsWith("#/components/responses/") ? ref : undefined;
    if (content.length === 0) return [{ status, shared, mediaType: "", schema: undefined, examples: [] }];
    return content.map(([mediaType, media]) => ({
      status,
      shared,
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

function securityOf(document: JsonObject, operation: JsonObject): Array<Record<string, string[]>> {
  const security = Array.isArray(operation.security) ? operation.security : document.security;
  return (Array.isArray(security) ? security : []).filter(isObject) as Array<Record<string, string[]>>;
}

/** Top-level `webhooks` (OpenAPI 3.1), each operation with its payload schema and examples. */
export function documentedWebhooks(document: JsonObject): DocumentedWebhook[] {
  const webhooks = isObject(document.webhooks) ? document.webhooks : {};
  return Object.entries(webhooks).flatMap(([name, pathItem]) =>
    operationsOf(document, resolveObject(document, pathItem)).map(([method, operation]) => {
      const body = requestBodyParts(document, operation);
      return { name, method, headers: headerParameters(document, operation), ...body };
    }),
  );
}

export function documentedOperations(document: JsonObject): DocumentedOperation[] {
  const paths = isObject(document.paths) ? document.paths : {};
  return Object.entries(paths).flatMap(([path, pathItemOrRef]) => {
    const pathItem = resolveObject(document, pathItemOrRef) ?? {};
    return operationsOf(document, pathItem).map(([method, operation]) => {
      const key = `${method.toUpperCase()} ${path}`;
      const request = requestBodyParts(document, operation);
      return {
        key,
        method,
        path,
        operationId: typeof operation.operationId === "string" ? operation.operationId : key,
        parameters: parametersOf(document, pathItem, operation),
        requestMediaType: request.mediaType,
        requestSchema: request.schema,
        requestEncoding: request.encoding,
        requestExamples: request.examples,
        security: securityOf(document, operation),
        responses: documentedResponses(document, operation),
        callbacks: documentedCallbacks(document, operation),
      };
    });
  });
}
