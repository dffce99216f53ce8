// Writes the TypeScript source of one provider's typed contract calls (see src/contract-calls.ts)
// from its bundled document. Output is a pure function of the document: same input, same bytes.
import { isObject, type Json, type JsonObject, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import type { Provider } from "@image-sdk/scripts/repo/providers.ts";
import { type CoverageAllowlist, parseAllowlist } from "../coverage-gate/coverage-allowlist.ts";
import { coverageKey } from "../coverage-gate/coverage-items.ts";
import type { DocumentedOperation, DocumentedParameter, NamedExample } from "../openapi/documented-operations.ts";
import { documentedOperations } from "../openapi/documented-operations.ts";
import { sampleOf } from "./sample-value.ts";

/** Marks a value the call must send as a `Blob` (a binary file part or an octet-stream body). */
const BINARY = Symbol("binary");
type Literal = Json | typeof BINARY | { [key: string]: Literal } | Literal[];

/** Headers the client itself owns; OpenAPI says such header parameters are ignored. */
const RESERVED_HEADERS = new Set(["accept", "content-type", "authorization"]);

function printLiteral(value: Literal): string {
  if (value === BINARY) return 'new Blob(["image-sdk contract test"], { type: "application/octet-stream" })';
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(", ")}]`;
  if (isObject(value as Json) || (typeof value === "object" && value !== null)) {
    const entries = Object.entries(value as Record<string, Literal>);
    return `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${printLiteral(item)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function isBinarySchema(document: JsonObject, schema: Json | undefined): boolean {
  const resolved = resolveObject(document, schema);
  return resolved?.format === "binary" || (resolved?.contentMediaType !== undefined && resolved.type === "string");
}

/** A body as the client sends it: file parts of a multipart body and octet-stream bodies as Blobs. */
function bodyLiteral(document: JsonObject, operation: DocumentedOperation, value: Json): Literal {
  const mediaType = operation.requestMediaType;
  if (mediaType === "application/octet-stream" || mediaType.startsWith("image/")) return BINARY;
  if (mediaType !== "multipart/form-data" || !isObject(value)) return value;
  const properties = resolveObject(document, resolveObject(document, operation.requestSchema)?.properties) ?? {};
  return Object.fromEntries(
    Object.entries(value).map(([name, part]) => [name, isBinarySchema(document, properties[name]) ? BINARY : part]),
  );
}

function parameterValue(document: JsonObject, parameter: DocumentedParameter): Json {
  if (parameter.example !== undefined) return parameter.example;
  const schema = resolveObject(document, parameter.schema);
  if (schema && "example" in schema) return schema.example as Json;
  if (schema && Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0] as Json;
  return sampleOf(parameter.schema, document);
}

/** `params: { path: …, query: … }` with every required parameter, or "" when there is none. */
function paramsLiteral(document: JsonObject, operation: DocumentedOperation): string {
  const groups: Record<string, Record<string, Json>> = {};
  for (const parameter of operation.parameters) {
    if (!parameter.required || parameter.in === "cookie") continue;
    if (parameter.in === "header" && RESERVED_HEADERS.has(parameter.name.toLowerCase())) continue;
    (groups[parameter.in] ??= {})[parameter.name] = parameterValue(document, parameter);
  }
  const order = ["path", "query", "header"].filter((location) => groups[location]);
  if (order.length === 0) return "";
  return `params: { ${order.map((location) => `${location}: ${printLiteral(groups[location]!)}`).join(", ")} }, `;
}

function callLiteral(operation: DocumentedOperation, params: string, body: string | undefined): string {
  const init = `{ ${params}${body === undefined ? "" : `body: ${body}, `}headers }`;
  return `client.${operation.method.toUpperCase()}(${JSON.stringify(operation.path)}, ${init})`;
}

/**
 * The default body: the first documented request example, typed like any literal; else the
 * sampler's instance of the schema, which Prism validates on arrival but the types are not asked
 * to accept (a sample of a discriminated `oneOf` need not fit openapi-typescript's union).
 */
function defaultBodyLiteral(document: JsonObject, operation: DocumentedOperation, examples: NamedExample[]): string {
  const [example] = examples;
  if (example) return printLiteral(bodyLiteral(document, operation, example.value));
  return `(${printLiteral(bodyLiteral(document, operation, sampleOf(operation.requestSchema, document)))} as never)`;
}

function operationSource(document: JsonObject, operation: DocumentedOperation, allowlist: CoverageAllowlist): string {
  const params = paramsLiteral(document, operation);
  const hasBody = operation.requestMediaType !== "";
  // An allowlisted request example (one the client's types refuse, with the reason) gets no call.
  const requestExamples = operation.requestExamples.filter(
    (example) => !allowlist.allows(coverageKey.requestExample(operation, example.name)),
  );
  const call = hasBody
    ? callLiteral(
        operation,
        params,
        `body === undefined ? ${defaultBodyLiteral(document, operation, requestExamples)} : (body as never)`,
      )
    : callLiteral(operation, params, undefined);
  const examples = requestExamples.map(
    (example) =>
      `        ${JSON.stringify(example.name)}: (client, { headers }) =>\n          ${callLiteral(
        operation,
        params,
        printLiteral(bodyLiteral(document, operation, example.value)),
      )},`,
  );
  return [
    `    ${JSON.stringify(operation.key)}: {`,
    `      call: (client, { headers${hasBody ? ", body" : ""} }) =>\n        ${call},`,
    examples.length ? `      requestExamples: {\n${examples.join("\n")}\n      },` : "      requestExamples: {},",
    "    },",
  ].join("\n");
}

/** The client options for the document's security schemes: an API key and/or a username and password. */
function credentialOptions(document: JsonObject): string[] {
  const schemes = resolveObject(document, isObject(document.components) ? document.components.securitySchemes : {});
  const kinds = new Set<string>();
  for (const scheme of Object.values(schemes ?? {})) {
    const resolved = resolveObject(document, scheme);
    if (resolved?.type === "http" && String(resolved.scheme).toLowerCase() === "basic") kinds.add("basic");
    else if (resolved) kinds.add("key");
  }
  return [
    ...(kinds.has("key") ? ["apiKey: TEST_CREDENTIALS.apiKey"] : []),
    ...(kinds.has("basic") ? ["username: TEST_CREDENTIALS.username", "password: TEST_CREDENTIALS.password"] : []),
  ];
}

export function contractCallsSource(
  provider: Provider,
  document: JsonObject,
  documentName: string,
  allowlist: CoverageAllowlist = parseAllowlist("[]", "(none)"),
): string {
  const credentials = credentialOptions(document);
  const options = [
    ...(credentials.length ? [`...(credentials ? { ${credentials.join(", ")} } : {})`] : []),
    "maxRetries: 0",
    // Prism generates a large schema's answer in seconds on a loaded machine.
    "timeout: 60_000",
    "...mock",
  ];
  return [
    `// Generated from ${documentName} by tests/contract/src/generate-calls/cli.ts: do not edit.`,
    "// Every operation's call is a literal, typed call through the package's own client.",
    `import { ${provider.names.factory} } from "${provider.names.packageName}";`,
    'import { defineContractCalls, TEST_CREDENTIALS } from "../src/contract-calls.ts";',
    "",
    `export default defineContractCalls<ReturnType<typeof ${provider.names.factory}>>({`,
    `  provider: ${JSON.stringify(provider.name)},`,
    // Retries are the transport's business, tested elsewhere: every mock answer reaches the test as it is.
    `  createClient: (mock, credentials = true) => ${provider.names.factory}({ ${options.join(", ")} }),`,
    "  operations: {",
    ...documentedOperations(document).map((operation) => operationSource(document, operation, allowlist)),
    "  },",
    "});",
    "",
  ].join("\n");
}
