// packages/<name>/README.md for a new provider: install, a quick start that `pnpm test` compiles
// (scripts/docs/check-readme-examples.ts), the credentials its security schemes need, and the
// operations of its document. Its links are absolute (the registry's package page resolves no
// relative link) and the shared options are core's to document: the README links there.
import { repositoryWeb } from "../docs/repository-web.ts";
import { isObject, type JsonObject, resolveObject } from "../pipeline/json-ref.ts";
import { operationMethods } from "../repo/operation-methods.ts";
import type { ProviderNames } from "../repo/provider-names.ts";

interface Operation {
  method: string;
  path: string;
  summary: string;
  /** The `init` argument of a call that sends every required input; undefined when one cannot be made up. */
  init: string | undefined;
}

/** A value a parameter documents: its example, else its schema's example, default or first enum value. */
function sampleOf(document: JsonObject, parameter: JsonObject): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const named = Object.values(resolveObject(document, parameter.examples) ?? {});
  const first = named.length ? resolveObject(document, named[0])?.value : undefined;
  if (first !== undefined) return first;
  const schema = resolveObject(document, parameter.schema) ?? {};
  const examples = Array.isArray(schema.examples) ? schema.examples : [];
  for (const value of [
    schema.example,
    examples[0],
    schema.default,
    Array.isArray(schema.enum) ? schema.enum[0] : undefined,
  ])
    if (value !== undefined) return value;
  const type = Array.isArray(schema.type) ? schema.type.find((entry) => entry !== "null") : schema.type;
  return type === "integer" || type === "number" ? 1 : type === "boolean" ? true : "example";
}

/** The literal `init` for the required inputs of an operation, or undefined when a body is required. */
function initOf(document: JsonObject, pathItem: JsonObject, operation: JsonObject): string | undefined {
  const requestBody = resolveObject(document, operation.requestBody);
  if (requestBody?.required === true) return undefined;
  const parameters = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ].map((parameter) => resolveObject(document, parameter));
  const params: Record<string, Record<string, unknown>> = {};
  for (const parameter of parameters) {
    if (!parameter || (parameter.required !== true && parameter.in !== "path")) continue;
    if (typeof parameter.in !== "string" || typeof parameter.name !== "string") return undefined;
    (params[parameter.in] ??= {})[parameter.name] = sampleOf(document, parameter);
  }
  return Object.keys(params).length ? `{ params: ${JSON.stringify(params)} }` : "";
}

function operationsOf(document: JsonObject): Operation[] {
  const operations: Operation[] = [];
  for (const [path, raw] of Object.entries(resolveObject(document, document.paths) ?? {})) {
    let pathItem: JsonObject | undefined;
    try {
      pathItem = resolveObject(document, raw);
    } catch {
      pathItem = undefined; // a path item in another file: listed by source.yaml, not described here
    }
    if (!pathItem) continue;
    for (const method of operationMethods) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      let init: string | undefined;
      try {
        init = initOf(document, pathItem, operation);
      } catch {
        init = undefined;
      }
      const summary = typeof operation.summary === "string" ? operation.summary : "";
      operations.push({ method: method.toUpperCase(), path, summary, init });
    }
  }
  return operations;
}

/** Which credentials the document's security schemes take, as client options and variables. */
function credentialsOf(document: JsonObject, names: ProviderNames): string[] {
  const schemes = Object.values(
    resolveObject(document, resolveObject(document, document.components)?.securitySchemes) ?? {},
  );
  const lines = new Set<string>();
  for (const raw of schemes) {
    const scheme = resolveObject(document, raw);
    if (scheme?.type === "http" && String(scheme.scheme).toLowerCase() === "basic")
      lines.add(
        `- HTTP Basic: \`username\` and \`password\` options, else \`${names.env.username}\` and \`${names.env.password}\`.`,
      );
    else if (scheme?.type === "http" || scheme?.type === "apiKey")
      lines.add(
        `- ${scheme.type === "apiKey" ? `API key (${String(scheme.in)} \`${String(scheme.name)}\`)` : "Bearer token"}: the \`apiKey\` option, else \`${names.env.apiKey}\`.`,
      );
  }
  return [...lines];
}

/**
 * The README of a new provider; `repositoryUrl` is core's `repository.url`, which the links to
 * core's README (options, errors) are made from.
 */
export function renderReadme(document: JsonObject, names: ProviderNames, title: string, repositoryUrl: string): string {
  const core = `${repositoryWeb(repositoryUrl)}/blob/main/packages/core/README.md`;
  const operations = operationsOf(document);
  const example =
    operations.find((operation) => operation.method === "GET" && operation.init === "") ??
    operations.find((operation) => operation.method === "GET" && operation.init !== undefined) ??
    operations.find((operation) => operation.init !== undefined);
  const call = example
    ? [
        `const { data, error } = await ${names.camel}.${example.method}(${JSON.stringify(example.path)}${example.init ? `, ${example.init}` : ""});`,
        "if (error) console.error(error.status, error.message);",
        "else console.log(data);",
      ]
    : [`console.log(typeof ${names.camel}.GET);`];
  const credentials = credentialsOf(document, names);
  return [
    `# ${names.packageName}`,
    "",
    `A typed client for the ${title} API, generated from its OpenAPI document (\`openapi.json\` ships in`,
    "the package) on [openapi-fetch](https://openapi-ts.dev/openapi-fetch/), with typed errors, timeouts and",
    `safe retries from [\`@image-sdk/core\`](${core}).`,
    "",
    "## Install",
    "",
    "```sh",
    `npm install ${names.packageName}`,
    "```",
    "",
    "Runs on Node ≥ 20 and in browsers (it only needs `fetch`).",
    "",
    "## Quick start",
    "",
    "```ts",
    `import { ${names.factory} } from "${names.packageName}";`,
    "",
    `// The base URL is the document's first server, or ${names.env.baseUrl} when set.`,
    `const ${names.camel} = ${names.factory}();`,
    ...call,
    "```",
    "",
    "Every call returns `{ data, error, response }`: `data` typed from the operation's documented",
    `response, \`error\` a \`${names.errorType}\` (narrow by \`status\`). Binary responses come back as \`Blob\`.`,
    `The client takes core's [options](${core}#options) and every call its [per-call options](${core}#per-call-options);`,
    `the error classes are core's [errors](${core}#errors).`,
    "",
    "## Credentials",
    "",
    ...(credentials.length ? credentials : ["The document declares no security scheme: no credentials are sent."]),
    "",
    "A missing credential is a `MissingApiKeyError`, thrown before anything is sent, and only by the",
    "operations that need it.",
    "",
    "## Operations",
    "",
    "| method | path | summary |",
    "| ------ | ---- | ------- |",
    ...operations.map(({ method, path, summary }) => `| ${method} | \`${path}\` | ${summary.replace(/\|/g, "\\|")} |`),
    "",
  ].join("\n");
}
