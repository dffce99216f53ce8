// Compiles README examples the way a reader's project would: each block is its own module,
// `@image-sdk/*` resolves to the workspace packages' built types (their `exports`, through a
// node_modules link), and the compiler options are the repository's strict base config with
// `exactOptionalPropertyTypes` on: the strictest setting a reader's project may use, under which
// `{ apiKey: process.env.X }` (a `string | undefined`) must still be accepted.
import { access, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import type { CodeBlock } from "./code-blocks.ts";

/** A compiler error, located in the Markdown file the example came from. */
export interface ExampleDiagnostic {
  file: string;
  line: number;
  column: number;
  /** The TypeScript error number, e.g. 2322. */
  code: number;
  message: string;
}

export interface ExamplesResult {
  typeChecked: number;
  /** Blocks fenced as ```ts no-check. */
  skipped: number;
  diagnostics: ExampleDiagnostic[];
}

export async function typeCheckExamples(blocks: CodeBlock[], workspaceRoot: string): Promise<ExamplesResult> {
  const checked = blocks.filter((block) => block.typeChecked);
  const dir = await mkdtemp(join(tmpdir(), "readme-examples-"));
  try {
    await linkWorkspacePackages(dir, workspaceRoot);
    const blockByPath = new Map<string, CodeBlock>();
    for (const [index, block] of checked.entries()) {
      const path = join(dir, `example-${index + 1}.ts`);
      blockByPath.set(path, block);
      // The trailing export makes every block a module: its own scope, and top-level await allowed.
      await writeFile(path, `${block.code}\nexport {};\n`);
    }
    const configPath = join(dir, "tsconfig.json");
    await writeFile(
      configPath,
      JSON.stringify({
        extends: join(workspaceRoot, "tsconfig.base.json"),
        compilerOptions: {
          types: ["node"],
          typeRoots: [join(workspaceRoot, "node_modules", "@types")],
          exactOptionalPropertyTypes: true,
        },
        include: ["*.ts"],
      }),
    );
    const diagnostics = compile(configPath).map((diagnostic) => locate(diagnostic, blockByPath));
    return { typeChecked: checked.length, skipped: blocks.length - checked.length, diagnostics };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Links node_modules/<name> to every package under packages/, after checking it has been built. */
export async function linkWorkspacePackages(dir: string, workspaceRoot: string): Promise<void> {
  const packagesDir = join(workspaceRoot, "packages");
  for (const entry of await readdir(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const packageDir = join(packagesDir, entry.name);
    const manifestPath = join(packageDir, "package.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { name: string; types?: string };
    if (manifest.types) {
      const typesPath = join(packageDir, manifest.types);
      await access(typesPath).catch(() => {
        throw new Error(`${manifest.name}: ${typesPath} does not exist; build the packages first (pnpm run build)`);
      });
    }
    const linkPath = join(dir, "node_modules", manifest.name);
    await mkdir(join(linkPath, ".."), { recursive: true });
    await symlink(packageDir, linkPath, "dir");
  }
}

function compile(configPath: string): readonly ts.Diagnostic[] {
  const configErrors: ts.Diagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic),
  });
  if (!parsed) return configErrors;
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return [...configErrors, ...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
}

function locate(diagnostic: ts.Diagnostic, blockByPath: Map<string, CodeBlock>): ExampleDiagnostic {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const source = diagnostic.file;
  if (!source || diagnostic.start === undefined)
    return { file: "(compiler)", line: 0, column: 0, code: diagnostic.code, message };
  const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start);
  const block = blockByPath.get(source.fileName);
  if (!block) return { file: source.fileName, line: line + 1, column: character + 1, code: diagnostic.code, message };
  return { file: block.file, line: block.line + line, column: character + 1, code: diagnostic.code, message };
}
