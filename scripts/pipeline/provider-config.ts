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
import type { GeneratedFile } from "./generated-file.ts";
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
    if (where === "header" || where === "query" || where === "cookie")
      return { type: "apiKey", in: where, name: scheme.name };
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

function requestKind(mediaType: string): RequestKind {
  if (jsonMedia.test(mediaType)) return "json";
  if (mediaType.startsWith("multipart/")) return "multipart";
  if (mediaType === "application/x-www-form-urlencoded") return "form";
  if (mediaType.startsWith("text/")) return "text";
  return "binary";
}

const requirements = (list: unknown): string[][] | undefined =>
  Array.isArray(list) ? list.filter(isObject).map((requirement) => Object.keys(requirement)) : undefined;

function operationConfig(document: JsonObject, pathItem: JsonObject, operation: JsonObject): OperationConfig {
  const config: OperationConfig = {};
  const security = requirements(operation.security) ?? requirements(document.security) ?? [];
  if (security.length) config.security = security;
  const own = servers(document, operation.servers) ?? servers(document, pathItem.servers);
  if (own) config.servers = own;
  const content = resolveObject(document, resolveObject(document, operation.requestBody)?.content);
  const mediaType = Object.keys(content ?? {})[0];
  if (mediaType) config.request = [requestKind(mediaType), mediaType];
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
      if (operation) operations[`${method.toUpperCase()} ${path}`] = operationConfig(document, pathItem, operation);
    }
  }
  return {
    name: names.pascal,
    env: names.env,
    // OpenAPI: no servers means the document's own location, "/"; a client needs a base URL then.
    servers: servers(document, document.servers) ?? [{ url: "/" }],
    securitySchemes: schemes,
    operations,
  };
}

/** TypeScript source for src/generated/provider.ts. */
export function renderProviderModule(name: string, openapi: object): string {
  const config = providerConfig(name, openapi);
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
  ].join("\n");
}

/** Generated file src/generated/provider.ts. */
export const providerFile: GeneratedFile = {
  name: "provider.ts",
  render: ({ provider, document }) => renderProviderModule(provider, document),
};
