// packages/<name>/ for a new provider, shaped like the hand-kept providers' packages: the same
// exports map (ESM + CJS, publint and attw clean), pipeline scripts, build recipe and tsconfig.
import type { ProviderNames } from "../pipeline/provider-names.ts";

export interface PackageFile {
  /** Relative to packages/<name>/. */
  path: string;
  contents: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function packageJson(names: ProviderNames, description: string, versions: { openapiFetch: string }) {
  return {
    name: names.packageName,
    version: "0.1.0",
    description,
    license: "MIT",
    type: "module",
    sideEffects: false,
    engines: { node: ">=20" },
    exports: {
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
      "./package.json": "./package.json",
      "./openapi.json": "./openapi.json",
    },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.cts",
    files: ["dist", "README.md", "openapi.json"],
    scripts: {
      "spec:lint": `node ../../scripts/pipeline/lint-spec.ts ${names.name}`,
      "spec:bundle": `node ../../scripts/pipeline/bundle-spec.ts ${names.name}`,
      generate: `node ../../scripts/pipeline/generate-types.ts ${names.name}`,
      build: "node ../../scripts/build/build-package.ts",
      typecheck: "tsc -p tsconfig.json",
    },
    dependencies: { "@image-sdk/core": "workspace:^", "openapi-fetch": versions.openapiFetch },
    publishConfig: { access: "public" },
  };
}

const clientModule = (
  names: ProviderNames,
  title: string,
) => `import { type ApiClient, type ApiErrorOf, type ClientOptions, createApiClient } from "@image-sdk/core";
import type { ErrorCodes } from "./generated/errors.ts";
import type { paths } from "./generated/openapi.ts";
import { provider } from "./generated/provider.ts";

/** The error type of every ${title} result: narrow by \`status\`, then \`code\` where the document has one. */
export type ${names.errorType} = ApiErrorOf<ErrorCodes>;

export type ${names.clientType} = ApiClient<paths, ${names.errorType}>;

/** A ${title} client: every operation of its document, typed, through \`GET\`, \`POST\`, … */
export function ${names.factory}(options: ClientOptions = {}): ${names.clientType} {
  return createApiClient<paths, ${names.errorType}>(provider, options);
}
`;

const indexModule = (
  names: ProviderNames,
) => `// Everything @image-sdk/core exports (error classes, \`unwrap\`, option types), so one import serves.
export * from "@image-sdk/core";
export type { ${names.errorType}, ${names.clientType} } from "./client.ts";
export { ${names.factory} } from "./client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
export { provider as ${names.camel}Provider } from "./generated/provider.ts";
`;

export function renderPackageFiles(
  names: ProviderNames,
  title: string,
  versions: { openapiFetch: string },
): PackageFile[] {
  return [
    { path: "package.json", contents: json(packageJson(names, `Typed client for the ${title} API.`, versions)) },
    {
      path: "turbo.json",
      contents: json({
        $schema: "../../node_modules/turbo/schema.json",
        extends: ["//"],
        tasks: {
          "spec:lint": { inputs: ["$TURBO_EXTENDS$", `$TURBO_ROOT$/specs/${names.name}/**`] },
          "spec:bundle": { inputs: ["$TURBO_EXTENDS$", `$TURBO_ROOT$/specs/${names.name}/**`] },
        },
      }),
    },
    {
      path: "tsconfig.json",
      contents: json({
        extends: "../../tsconfig.base.json",
        compilerOptions: { types: ["node"] },
        include: ["src", "*.ts"],
      }),
    },
    {
      path: "tsup.config.ts",
      contents: `import { packageBuild } from "../../scripts/build/tsup-config.ts";\n\nexport default packageBuild({ index: "src/index.ts" });\n`,
    },
    { path: "src/client.ts", contents: clientModule(names, title) },
    { path: "src/index.ts", contents: indexModule(names) },
  ];
}
