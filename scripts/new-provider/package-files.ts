// packages/<name>/ for a new provider, shaped like the hand-kept providers' packages: the same
// exports map (ESM + CJS, publint and attw clean), pipeline scripts, build recipe and tsconfig,
// and the hand-written index. The client itself is generated (src/generated/client.ts, by the
// pipeline's generate step); helpers, when the provider needs some, go in src/helpers.ts.
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

function packageJson(names: ProviderNames, description: string, links: ProjectLinks) {
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
    // Exact: a provider package uses core's internal entry, which semver does not cover. Core
    // carries openapi-fetch, whose types its declarations use.
    dependencies: { "@image-sdk/core": "workspace:*" },
    publishConfig: { access: "public" },
  };
}

const indexModule = (
  names: ProviderNames,
) => `// Core's public API (error classes and guards, \`unwrap\`, option and result types), so one import serves.
export * from "@image-sdk/core";
export type { ${names.errorType}, ${names.clientType} } from "./generated/client.ts";
export { ${names.factory}, is${names.pascal}ApiError } from "./generated/client.ts";
export type { ErrorCodes } from "./generated/errors.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
`;

export function renderPackageFiles(names: ProviderNames, title: string, links: ProjectLinks): PackageFile[] {
  return [
    {
      path: "package.json",
      contents: json(packageJson(names, `Typed client for the ${title} API.`, links)),
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
    { path: "src/index.ts", contents: indexModule(names) },
  ];
}
