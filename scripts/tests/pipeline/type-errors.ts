// TypeScript's diagnostics for a file that uses a generated package, compiled as a strict
// application would, with @image-sdk/core mapped to its sources (a scratch package has no build).
import { fileURLToPath } from "node:url";
import ts from "typescript";

const coreSource = (entry: string) => fileURLToPath(new URL(`../../../packages/core/src/${entry}.ts`, import.meta.url));

/** Each diagnostic of `file` and what it imports, as `<path below root>:<line>: <message>`. */
export function typeErrors(file: string, root: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    paths: { "@image-sdk/core": [coreSource("index")], "@image-sdk/core/internal": [coreSource("internal")] },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const where = d.file ? `${d.file.fileName.slice(root.length)}:${(at?.line ?? 0) + 1}: ` : "";
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}
