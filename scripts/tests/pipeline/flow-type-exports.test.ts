// The types a package's generated flow modules declare (src/generated/jobs.ts: the jobs interface,
// each job's result and webhook payload; src/generated/pagination.ts: the pages interface) are
// public: a user names them to type a variable or a function. The index is hand-written and was
// scaffolded before an overlay declared the flows, so this checks it re-exports every one of them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { listProviders } from "../../repo/providers.ts";

const flowModules = ["jobs.ts", "pagination.ts"];

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The interfaces and type aliases a module exports (not its values: the runtime tables stay internal). */
function exportedTypes(file: string): string[] {
  return parse(file)
    .statements.filter(
      (node): node is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
        (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && isExported(node),
    )
    .map((node) => node.name.text);
}

/** What an index re-exports from `module` (`"./generated/jobs.ts"`): names, or every name for `export *`. */
function reexported(index: string, module: string): Set<string> | "all" {
  const names = new Set<string>();
  for (const node of parse(index).statements) {
    if (!ts.isExportDeclaration(node) || !node.moduleSpecifier) continue;
    if (!ts.isStringLiteral(node.moduleSpecifier) || node.moduleSpecifier.text !== module) continue;
    if (!node.exportClause) return "all";
    if (ts.isNamedExports(node.exportClause))
      for (const element of node.exportClause.elements) names.add((element.propertyName ?? element.name).text);
  }
  return names;
}

/** The flow types of a package its index leaves out, as `src/generated/<module> Name`. */
function unexportedFlowTypes(packageDir: string): string[] {
  const index = join(packageDir, "src/index.ts");
  const missing: string[] = [];
  for (const module of flowModules) {
    const file = join(packageDir, "src/generated", module);
    if (!existsSync(file)) continue;
    const exported = reexported(index, `./generated/${module}`);
    for (const name of exportedTypes(file))
      if (exported !== "all" && !exported.has(name)) missing.push(`src/generated/${module} ${name}`);
  }
  return missing;
}

describe("every generated flow type is public", () => {
  const providers = listProviders().filter((provider) => existsSync(join(provider.paths.packageDir, "src/index.ts")));

  it.each(providers.map((provider) => [provider.name, provider]))("%s's index re-exports them", (_, provider) => {
    expect(unexportedFlowTypes(provider.paths.packageDir), `packages/${provider.name}/src/index.ts`).toEqual([]);
  });
});

describe("the check", () => {
  const scratch = mkdtempSync(join(tmpdir(), "image-sdk-flow-types-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  mkdirSync(join(scratch, "src/generated"), { recursive: true });
  writeFileSync(
    join(scratch, "src/generated/jobs.ts"),
    [
      "export const jobs = {};",
      "export interface DemoJobs { render: unknown }",
      "export type RenderResult = { url: string };",
      "type Internal = number;",
    ].join("\n"),
  );
  const withIndex = (index: string) => {
    writeFileSync(join(scratch, "src/index.ts"), index);
    return unexportedFlowTypes(scratch);
  };

  it("names each type the index leaves out, and not the module's values or private types", () => {
    expect(withIndex('export type { DemoJobs } from "./generated/jobs.ts";\n')).toEqual([
      "src/generated/jobs.ts RenderResult",
    ]);
  });

  it("accepts named re-exports, renamed ones and `export type *`", () => {
    expect(withIndex('export type { DemoJobs, RenderResult as Rendered } from "./generated/jobs.ts";\n')).toEqual([]);
    expect(withIndex('export type * from "./generated/jobs.ts";\n')).toEqual([]);
  });
});
