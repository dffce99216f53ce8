// Derives a provider's runtime configuration from its corrected document: servers and their
// variables, security schemes, and per operation its security, servers, request media type and how
// each response body is read. Written to packages/<name>/src/generated/provider.ts by the generate
// step; @image-sdk/core's createApiClient runs every call from it.
import type {
  BodyKind,
  OperationConfig,
  ProviderConfig,
  RequestKind,
  SecurityScheme,
  ServerConfig,
} from "@image-sdk/core/internal";
import { operationMethods } from "../repo/operation-methods.ts";
import { deriveNames } from "../repo/provider-names.ts";
import { authPrefix } from "./auth-prefix.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { credentialHeader, headerSchemeId } from "./header-credentials.ts";
import { idempotencyHeader } from "./idempotency-header.ts";
import { isObject, type JsonObject, resolveObject } from "./json-ref.ts";

const binaryMedia = /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip)$/;
const jsonMedia = /[/+]json(;|$)|^\*\/\*$/;

function servers(document: JsonObject, list: unknown): ServerConfig[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return list.flatMap((item) => {
    const server = resolveObject(document, item);
    if (typeof server?.url !== "string") return [];
    const variables: Record<string, string> = {};
    for (const [name, variable] of Object.entries(resolveObject(document, server.variables) ?? {})) {
      const value = isObject(variable) ? variable.default : undefined;
      if (value !== undefined) variables[name] = String(value);
    }
    return [Object.keys(variables).length ? { url: server.url, variables } : { url: server.url }];
  });
}

function securityScheme(scheme: JsonObject | undefined): SecurityScheme | undefined {
  if (!scheme) return undefined;
  if (scheme.type === "apiKey" && typeof scheme.name === "string") {
    const where = scheme.in;
    const prefix = where === "header" ? authPrefix(scheme, scheme.name) : undefined;
    if (where === "header" || where === "query" || where === "cookie")
      return { type: "apiKey", in: where, name: scheme.name, ...(prefix && { prefix }) };
  }
  const http = typeof scheme.scheme === "string" ? scheme.scheme.toLowerCase() : undefined;
  if (scheme.type === "http" && (http === "bearer" || http === "basic")) return { type: "http", scheme: http };
  // An OAuth 2 or OpenID Connect access token is sent as a bearer token (the apiKey option).
  if (scheme.type === "oauth2" || scheme.type === "openIdConnect") return { type: "http", scheme: "bearer" };
  return undefined; // e.g. HTTP Digest or mutualTLS: the client cannot satisfy it
}

function schemaIsBinary(document: JsonObject, schemaOrRef: unknown): boolean {
  const schema = resolveObject(document, schemaOrRef);
  return schema?.format === "binary" || (typeof schema?.contentMediaType === "string" && !schema.contentEncoding);
}

function bodyKind(document: JsonObject, content: JsonObject | undefined): BodyKind {
  const entries = Object.entries(content ?? {});
  if (!entries.length) return "empty";
  // JSON when any documented media type is JSON: it is what the API answers by default.
  const [mediaType, media] = entries.find(([type]) => jsonMedia.test(type)) ?? entries[0]!;
  if (jsonMedia.test(mediaType)) return "json";
  if (mediaType === "text/event-stream") {
    // Each event's data: a string where the schema says so (or says nothing), else JSON.
    const schema = isObject(media) ? resolveObject(document, media.itemSchema ?? media.schema) : undefined;
    return !schema || schema.type === "string" ? "events" : "json-events";
  }
  if (binaryMedia.test(mediaType) || schemaIsBinary(document, isObject(media) ? media.schema : undefined)) {
    return "blob";
  }
  return "text";
}

/** Multipart parts whose `encoding` sends them as JSON. */
function jsonParts(document: JsonObject, media: JsonObject | undefined): string[] {
  const encoding = resolveObject(document, media?.encoding) ?? {};
  return Object.entries(encoding).flatMap(([part, value]) => {
    const contentType = resolveObject(document, value)?.contentType;
    return typeof contentType === "string" && jsonMedia.test(contentType) ? [part] : [];
  });
}

function requestKind(mediaType: string): RequestKind {
  if (jsonMedia.test(mediaType)) return "json";
  if (mediaType.startsWith("multipart/")) return "multipart";
  if (mediaType === "application/x-www-form-urlencoded") return "form";
  if (mediaType.startsWith("text/")) return "text";
  return "binary";
}

const requirements = (list: unknown): string[][] | undefined =>
  Array.isArray(list) ? list.filter(isObject).map((requirement) => Object.keys(requirement)) : undefined;

function operationConfig(
  document: JsonObject,
  pathItem: JsonObject,
  method: string,
  operation: JsonObject,
): OperationConfig {
  const config: OperationConfig = {};
  const header = credentialHeader(document, pathItem, operation);
  const security = header
    ? [[headerSchemeId(header.name as string)]]
    : (requirements(operation.security) ?? requirements(document.security) ?? []);
  if (security.length) config.security = security;
  const own = servers(document, operation.servers) ?? servers(document, pathItem.servers);
  if (own) config.servers = own;
  const content = resolveObject(document, resolveObject(document, operation.requestBody)?.content);
  const mediaType = Object.keys(content ?? {})[0];
  // fetch sends no body with GET or HEAD: the runtime refuses one (UnsendableRequestError).
  if (mediaType && method !== "get" && method !== "head") {
    const kind = requestKind(mediaType);
    const parts = kind === "multipart" ? jsonParts(document, resolveObject(document, content?.[mediaType])) : [];
    config.request = parts.length ? [kind, mediaType, parts] : [kind, mediaType];
    // JSON first and multipart too (a URL or a file): a body with a file is sent as multipart.
    const multipart = Object.keys(content ?? {}).find((type) => requestKind(type) === "multipart");
    if (kind !== "multipart" && multipart) {
      const fileParts = jsonParts(document, resolveObject(document, content?.[multipart]));
      config.fileRequest = fileParts.length ? ["multipart", multipart, fileParts] : ["multipart", multipart];
    }
  }
  const responses: Record<string, BodyKind> = {};
  for (const [status, responseOrRef] of Object.entries(resolveObject(document, operation.responses) ?? {})) {
    const kind = bodyKind(document, resolveObject(document, resolveObject(document, responseOrRef)?.content));
    // Error bodies are read by their Content-Type; only a binary one needs saying.
    if (/^2/.test(status) || status === "default" || kind === "blob") responses[status] = kind;
  }
  if (Object.keys(responses).length) config.responses = responses;
  const idempotency = idempotencyHeader(document, pathItem, operation, String(operation.operationId ?? ""));
  if (idempotency) config.idempotency = idempotency;
  return config;
}

/** The configuration, without the error-code fields (those come from errors.ts). */
export function providerConfig(
  name: string,
  openapi: object,
): Omit<ProviderConfig, "errorCodeProperty" | "errorTemplates"> {
  const document = openapi as JsonObject;
  const names = deriveNames(name);
  const schemes: Record<string, SecurityScheme> = {};
  for (const [id, scheme] of Object.entries(
    resolveObject(document, resolveObject(document, document.components)?.securitySchemes) ?? {},
  )) {
    const runtime = securityScheme(resolveObject(document, scheme));
    if (runtime) schemes[id] = runtime;
  }
  const operations: Record<string, OperationConfig> = {};
  for (const [path, pathItemOrRef] of Object.entries(resolveObject(document, document.paths) ?? {})) {
    const pathItem = resolveObject(document, pathItemOrRef) ?? {};
    for (const method of operationMethods) {
      const operation = resolveObject(document, pathItem[method]);
      if (!operation) continue;
      operations[`${method.toUpperCase()} ${path}`] = operationConfig(document, pathItem, method, operation);
      // A key documented as a plain header parameter: an apiKey scheme of its own (header-credentials.ts).
      const header = credentialHeader(document, pathItem, operation);
      if (header) {
        const name = header.name as string;
        const prefix = authPrefix(header, name);
        schemes[headerSchemeId(name)] = { type: "apiKey", in: "header", name, ...(prefix && { prefix }) };
      }
    }
  }
  return {
    name: names.pascal,
    env: names.env,
    // None, "" or a relative URL (the document's own location): the client then needs a baseUrl.
    servers: servers(document, document.servers) ?? [],
    securitySchemes: schemes,
    operations,
  };
}

/**
 * The type of the client's `serverVariables` option: each variable of any server of the document,
 * optional, its `enum` as a union (else a string). Undefined when no server has variables.
 */
export function serverVariablesType(openapi: object): string | undefined {
  const document = openapi as JsonObject;
  const values = new Map<string, Set<string> | "any">();
  const addServers = (list: unknown) => {
    for (const item of Array.isArray(list) ? list : []) {
      const server = resolveObject(document, item);
      for (const [name, variableOrRef] of Object.entries(resolveObject(document, server?.variables) ?? {})) {
        const variable = resolveObject(document, variableOrRef);
        const choices = Array.isArray(variable?.enum) ? variable.enum.map(String) : undefined;
        const known = values.get(name);
        if (!choices || known === "any") values.set(name, "any");
        else values.set(name, new Set([...(known ?? []), ...choices]));
      }
    }
  };
  addServers(document.servers);
  for (const pathItemOrRef of Object.values(resolveObject(document, document.paths) ?? {})) {
    const pathItem = resolveObject(document, pathItemOrRef) ?? {};
    addServers(pathItem.servers);
    for (const method of operationMethods) addServers(resolveObject(document, pathItem[method])?.servers);
  }
  if (!values.size) return undefined;
  const fields = [...values].map(
    ([name, choices]) =>
      `  ${JSON.stringify(name)}?: ${choices === "any" ? "string" : [...choices].map((c) => JSON.stringify(c)).join(" | ")};`,
  );
  return `{\n${fields.join("\n")}\n}`;
}

/** TypeScript source for src/generated/provider.ts. */
export function renderProviderModule(name: string, openapi: object): string {
  const config = providerConfig(name, openapi);
  const variables = serverVariablesType(openapi);
  // The event-stream reading only where an operation streams: other bundles leave it out.
  const streams = Object.values(config.operations).some((operation) =>
    Object.values(operation.responses ?? {}).some((kind) => kind === "events" || kind === "json-events"),
  );
  const fields = `,\n  errorCodeProperty,\n  errorTemplates,${streams ? "\n  eventStream: streamResult," : ""}\n}`;
  const body = JSON.stringify(config, null, 2).replace(/\n}$/, fields);
  return [
    "// Generated by scripts/pipeline/generate-types.ts from openapi.json (servers, security, media types).",
    "// Do not edit: change the spec (or its overlay) and run `pnpm generate`.",
    streams
      ? 'import { type ProviderConfig, streamResult } from "@image-sdk/core/internal";'
      : 'import type { ProviderConfig } from "@image-sdk/core/internal";',
    'import { errorCodeProperty, errorTemplates } from "./errors.ts";',
    "",
    "/** What the document says about the API, as @image-sdk/core's createApiClient runs it. */",
    `export const provider: ProviderConfig = ${body};`,
    "",
    ...(variables
      ? [
          "/** The client's `serverVariables` option: the document's server variables. */",
          `export type ServerVariables = ${variables};`,
          "",
        ]
      : []),
  ].join("\n");
}

/** Generated file src/generated/provider.ts. */
export const providerFile: GeneratedFile = {
  name: "provider.ts",
  render: ({ provider, document }) => renderProviderModule(provider, document),
};
