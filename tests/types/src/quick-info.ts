// What an editor shows on hover, through the TypeScript language service a reader's editor runs:
// `getQuickInfoAtPosition` at each marker of in-memory fixture files, and their diagnostics.
import { readFileSync } from "node:fs";
import ts from "typescript";

/** A fixture marks a hover position with `/*@label*\/` right before the identifier. */
const marker = /\/\*@([^*]+)\*\//g;

export interface Hover {
  label: string;
  file: string;
  /** The hover's first part, as an editor shows it: `const err: FlamelApiError`. */
  text: string;
}

export interface FixtureReport {
  hovers: Hover[];
  /** Compiler errors of the fixtures, formatted `file:line: message`. */
  diagnostics: string[];
}

/**
 * Hovers at every marker of `files` (path → source). The paths must lie in a directory whose
 * node_modules resolves the packages the fixtures import.
 */
export function hoverFixtures(files: Map<string, string>, options: ts.CompilerOptions): FixtureReport {
  const service = fixtureService(files, options);
  const hovers: Hover[] = [];
  const diagnostics: string[] = [];
  for (const [file, source] of files) {
    for (const match of source.matchAll(marker)) {
      const label = match[1] ?? "";
      const info = service.getQuickInfoAtPosition(file, match.index + match[0].length);
      if (!info) throw new Error(`${file}: no hover at marker ${label}`);
      hovers.push({ label, file, text: ts.displayPartsToString(info.displayParts) });
    }
    for (const diagnostic of [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)]) {
      const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0;
      diagnostics.push(`${file}:${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    }
  }
  service.dispose();
  return { hovers, diagnostics };
}

/** A language service over in-memory `files` (path → source), other files read from disk. */
export function fixtureService(files: Map<string, string>, options: ts.CompilerOptions): ts.LanguageService {
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: () => "1",
    getScriptSnapshot: (path) => {
      const text = files.get(path) ?? (ts.sys.fileExists(path) ? readFileSync(path, "utf8") : undefined);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ts.sys.getCurrentDirectory(),
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (path) => files.has(path) || ts.sys.fileExists(path),
    readFile: (path) => files.get(path) ?? ts.sys.readFile(path),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}
