// packages/<name>/ for a new provider, shaped like the hand-kept providers' packages: the same
// exports map (ESM + CJS, publint and attw clean), pipeline scripts, build recipe and tsconfig.
import type { ProviderNames } from "../repo/provider-names.ts";

export interface PackageFile {
  /** Relative to packages/<name>/. */
  path: string;
  contents: string;
}

/** The repository links of the project, as core's manifest has them (`homepage` for packages/core). */
export interface ProjectLinks {
  repositoryUrl: string;
  homepage: string;
  bugs: unknown;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function packageJson(
  names: ProviderNames,
  description: string,
  versions: { openapiFetch: string },
  links: ProjectLinks,
) {
  return {
    name: names.packageName,
    version: "0.1.0",
    description,
    keywords: ["image-sdk", names.name, "openapi", "typescript", "sdk"],
    license: "MIT",
    homepage: links.homepage.replace("packages/core", `packages/${names.name}`),
    repository: { type: "git", url: links.repositoryUrl, directory: `packages/${names.name}` },
    bugs: links.bugs,
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
    files: ["dist", "README.md", "openapi.json", "LICENSE"],
    scripts: {
      "spec:lint": `node ../../scripts/pipeline/lint-spec.ts ${names.name}`,
      "spec:bundle": `node ../../scripts/pipeline/bundle-spec.ts ${names.name}`,
      generate: `node ../../scripts/pipeline/generate-types.ts ${names.name}`,
      build: "node ../../scripts/build/build-package.ts",
      typecheck: "tsc -p tsconfig.json",
      test: "node ../../scripts/api-report/api-report.ts --check",
      "api-report": "node ../../scripts/api-report/api-report.ts",
    },
    // Exact: a provider package uses core's internal entry, which semver does not cover.
    dependencies: { "@image-sdk/core": "workspace:*", "openapi-fetch": versions.openapiFetch },
    publishConfig: { access: "public" },
  };
}

const clientModule = (
  names: ProviderNames,
  title: string,
) => `import type { ApiClient, ApiErrorOf, ClientOptions } from "@image-sdk/core";
import { apiErrorGuard, createApiClient, identify } from "@image-sdk/core/internal";
import { name, version } from "../package.json";
import type { ErrorCodes } from "./generated/errors.ts";
import type { paths } from "./generated/openapi.ts";
import { provider as documented } from "./generated/provider.ts";

// Every request names this package and version (User-Agent, or x-image-sdk-version in browsers).
const provider = /* @__PURE__ */ identify(documented, { name, version });

/** The error type of every ${title} result: narrow by \`status\`, then \`code\` where the document has one. */
export type ${names.errorType} = ApiErrorOf<ErrorCodes>;
/** Narrows \`unknown\` (a \`catch\` binding) to ${names.errorType}: true for errors from ${title} clients only. */
export const is${names.pascal}ApiError = /* @__PURE__ */ apiErrorGuard<${names.errorType}>(provider);

export type ${names.clientType} = ApiClient<paths, ${names.errorType}>;

/** A ${title} client: every operation of its document, typed, through \`GET\`, \`POST\`, … */
export function ${names.factory}(options: ClientOptions = {}): ${names.clientType} {
  return createApiClient<paths, ${names.errorType}>(provider, options);
}
`;

const indexModule = (
  names: ProviderNames,
) => `// Core's public API (error classes and guards, \`unwrap\`, option and result types), so one import serves.
export * from "@image-sdk/core";
export type { ${names.errorType}, ${names.clientType} } from "./client.ts";
export { ${names.factory}, is${names.pascal}ApiError } from "./client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
`;

export function renderPackageFiles(
  names: ProviderNames,
  title: string,
  versions: { openapiFetch: string },
  links: ProjectLinks,
): PackageFile[] {
  return [
    {
      path: "package.json",
      contents: json(packageJson(names, `Typed client for the ${title} API.`, versions, links)),
    },
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
