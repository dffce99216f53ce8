// Generated file src/generated/client.ts: the client shell every provider package has, in one
// template instead of a copy per package — the package named in its requests (identify), the
// `<Pascal>ApiError` type and `is<Pascal>ApiError` guard, and the `create<Pascal>Client` factory.
//
// A package's hand-written helpers live in src/helpers.ts; the factory adds them when it exists.
// What that module exports decides the shell (the compiler checks the signatures):
//   <Pascal>Client                 required: the client type, the raw client plus the helpers
//   withHelpers(client, options?)  required: adds the helpers to the raw client
//   <Pascal>ClientOptions          optional: the options type (else core's ClientOptions)
//   configureClient(provider, options) → [provider, clientOptions]
//                                  optional: the package's own options applied to the provider
//                                  configuration, and the options left for createApiClient
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import ts from "typescript";
import { deriveNames, type ProviderNames } from "../repo/provider-names.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { declaredJobs } from "./jobs-file.ts";
import type { JsonObject } from "./json-ref.ts";
import { pagedOperations } from "./pagination-file.ts";
import { PipelineError } from "./pipeline-error.ts";
import { serverVariablesType } from "./provider-config.ts";

/** What src/helpers.ts gives the factory, read from its exports. */
export interface HelpersModule {
  /** The package exports its own options type, `<Pascal>ClientOptions`. */
  options: boolean;
  /** It exports `configureClient`. */
  configure: boolean;
  /** `withHelpers` takes the client's options as its second parameter. */
  helpersTakeOptions: boolean;
}

/** Exported declarations of a module by name (`export function`, `export interface`, `export { … }`). */
function exportedDeclarations(source: ts.SourceFile): Map<string, ts.Node> {
  const exported = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    const isExported = modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) exported.set(element.name.text, element);
    } else if (isExported && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) exported.set(declaration.name.text, declaration);
    } else if (isExported && "name" in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) {
      exported.set((statement.name as ts.Identifier).text, statement);
    }
  }
  return exported;
}

/** The helpers module of the package, or undefined when it has none (only the document's operations). */
export async function readHelpersModule(
  packageDir: string,
  names: ProviderNames,
  root: string,
): Promise<HelpersModule | undefined> {
  const path = join(packageDir, "src", "helpers.ts");
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw new PipelineError(relative(root, path), `cannot read the helpers: ${error.message}`);
  });
  if (text === undefined) return undefined;
  const exported = exportedDeclarations(ts.createSourceFile(path, text, ts.ScriptTarget.Latest));
  for (const required of [names.clientType, "withHelpers"]) {
    if (!exported.has(required)) {
      throw new PipelineError(
        relative(root, path),
        `exports no \`${required}\`: a helpers module exports the client type (${names.clientType}) and withHelpers(client, options?), which adds the helpers to the raw client`,
        required,
      );
    }
  }
  // Whether withHelpers takes the options: the generated call passes them only then.
  const declared = exported.get("withHelpers");
  const helpers = declared && ts.isVariableDeclaration(declared) ? declared.initializer : declared;
  const parameters =
    helpers && (ts.isFunctionDeclaration(helpers) || ts.isArrowFunction(helpers) || ts.isFunctionExpression(helpers))
      ? helpers.parameters.length
      : 1;
  return {
    options: exported.has(`${names.clientType}Options`),
    configure: exported.has("configureClient"),
    helpersTakeOptions: parameters >= 2,
  };
}

/** What `code` is in the provider's errors, for the error type's comment. */
/** TypeScript source for src/generated/client.ts. */
/** The flows a document has, each a generated file whose methods are added to the raw client. */
export interface ClientFlows {
  /** src/generated/jobs.ts: `<Pascal>Jobs`, added by core's withJobs. */
  jobs?: boolean;
  /** src/generated/pagination.ts: `<Pascal>Pages`, added by core's withPagination. */
  pages?: boolean;
}

export function renderClientShell(
  names: ProviderNames,
  helpers: HelpersModule | undefined,
  flows: ClientFlows = {},
  serverVariables = false,
): string {
  const { pascal, errorType, clientType, factory } = names;
  // Each flow's methods are added to the raw client, before the helpers (which may use them).
  const added = [
    ...(flows.jobs ? [{ type: `${pascal}Jobs`, value: "jobs", wrap: "withJobs", file: "./jobs.ts" }] : []),
    ...(flows.pages
      ? [{ type: `${pascal}Pages`, value: "pagination", wrap: "withPagination", file: "./pagination.ts" }]
      : []),
  ];
  const hasFlows = added.length > 0;
  const optionsType = helpers?.options ? `${clientType}Options` : "ClientOptions";
  // The document's server variables, typed (provider.ts's ServerVariables).
  const optionsOf = !serverVariables
    ? optionsType
    : helpers?.options
      ? `${optionsType} & { serverVariables?: ServerVariables | undefined }`
      : "ClientOptions<ServerVariables>";
  const coreTypes = [
    ...(helpers && !hasFlows ? [] : ["ApiClient"]),
    ...(optionsType === "ClientOptions" ? ["ClientOptions"] : []),
  ];
  const fromHelpers = helpers
    ? [
        ...(helpers.configure ? ["configureClient"] : []),
        `type ${clientType}`,
        ...(helpers.options ? [`type ${optionsType}`] : []),
        "withHelpers",
      ]
    : [];
  const created = helpers?.configure
    ? "createApiClient(configured, clientOptions)"
    : "createApiClient(provider, options)";
  let raw = hasFlows ? created.replace("createApiClient(", `createApiClient<paths, ${errorType}>(`) : created;
  let rawType = `ApiClient<paths, ${errorType}>`;
  for (const flow of added) {
    rawType += ` & ${flow.type}`;
    raw = `${flow.wrap}<${rawType}>(${raw}, ${flow.value})`;
  }
  const body = !helpers
    ? [hasFlows ? `  return ${raw};` : `  return createApiClient<paths, ${errorType}>(provider, options);`]
    : [
        ...(helpers.configure ? ["  const [configured, clientOptions] = configureClient(provider, options);"] : []),
        `  return withHelpers(${raw}${helpers.helpersTakeOptions ? ", options" : ""});`,
      ];
  return [
    "// Generated by scripts/pipeline/generate-types.ts (template: scripts/pipeline/client-shell.ts):",
    helpers
      ? "// the error guard and the factory of the document's operations and src/helpers.ts."
      : "// the error guard and the factory of the document's operations (src/helpers.ts adds helpers).",
    "// Do not edit: change the template or the helpers and run `pnpm generate`.",
    ...(coreTypes.length
      ? [`import type { ${[...coreTypes].sort((a, b) => a.localeCompare(b)).join(", ")} } from "@image-sdk/core";`]
      : []),
    `import { ${["apiErrorGuard", "createApiClient", "identify", ...added.map((flow) => flow.wrap)].join(", ")} } from "@image-sdk/core/internal";`,
    'import { name, version } from "../../package.json";',
    ...(helpers ? [`import { ${fromHelpers.join(", ")} } from "../helpers.ts";`] : []),
    `import type { ${errorType} } from "./api-error.ts";`,
    ...added.map((flow) => `import { type ${flow.type}, ${flow.value} } from "${flow.file}";`),
    ...(helpers && !hasFlows ? [] : ['import type { paths } from "./openapi.ts";']),
    `import { provider as documented${serverVariables ? ", type ServerVariables" : ""} } from "./provider.ts";`,
    "",
    `export type { ${[errorType, ...(helpers ? [clientType, ...(helpers.options ? [optionsType] : [])] : []), ...added.map((flow) => flow.type)].join(", ")} };`,
    "",
    "// Every request names this package and version (User-Agent, or x-image-sdk-version in browsers).",
    "const provider = /* @__PURE__ */ identify(documented, { name, version });",
    "",
    `/** Narrows \`unknown\` (a \`catch\` binding) to ${errorType}: true for errors from ${pascal} clients only. */`,
    `export const is${pascal}ApiError = /* @__PURE__ */ apiErrorGuard<${errorType}>(provider);`,
    "",
    ...(helpers ? [] : [`export type ${clientType} = ${rawType};`, ""]),
    `/** A ${pascal} client: every operation of its document, typed, through \`GET\`, \`POST\`, …${helpers ? ", and its helpers" : ""}. */`,
    `export function ${factory}(options: ${optionsOf} = {}): ${clientType} {`,
    ...body,
    "}",
    "",
  ].join("\n");
}

/** Generated file src/generated/client.ts. */
export const clientShellFile: GeneratedFile = {
  name: "client.ts",
  async render({ provider, packageDir, root, document, label }) {
    const names = deriveNames(provider);
    const helpers = await readHelpersModule(packageDir, names, root);
    const json = document as unknown as JsonObject;
    return renderClientShell(
      names,
      helpers,
      {
        jobs: declaredJobs(json, label).length > 0,
        pages: pagedOperations(json, label).length > 0,
      },
      serverVariablesType(document) !== undefined,
    );
  },
};
