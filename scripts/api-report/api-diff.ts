// What changed in a package's public API between two versions of its API report
// (`api/<entry>.api.md`), as a typed client feels it. Both reports are compiled by TypeScript as
// declaration files beside the package (so their imports resolve) and each export is compared by
// the checker, structurally: exports and properties added or removed, unions that gained or lost
// members, and anything else whose type is no longer the same.
//
// Which way a type flows (sent or received) is not in a report, so a change that can break code
// either way is judged breaking: a union that gains a member (a new error code) breaks code that
// handles every member of it, one that loses a member breaks code that passes it. Additions of
// exports or properties are not breaking (the document's own diff judges a new required field).
import { join } from "node:path";
import ts from "typescript";

export interface ApiChange {
  /** The report, relative to the package: `api/flamel.api.md`. */
  report: string;
  /** Where in the API: `ErrorCodes[422]`, `paths["/v1/x"]`. */
  at: string;
  breaking: boolean;
  message: string;
}

/** The ```ts block of an API Extractor report. */
function declarations(report: string): string {
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(report);
  return block?.[1] ?? "";
}

const MAX_DEPTH = 12;

const isIdentifier = (name: string) => /^[A-Za-z_$][\w$]*$/.test(name);
const member = (at: string, name: string) => (isIdentifier(name) ? `${at}.${name}` : `${at}[${name}]`);

class Comparer {
  readonly changes: Array<Omit<ApiChange, "report">> = [];
  private readonly checker: ts.TypeChecker;
  constructor(checker: ts.TypeChecker) {
    this.checker = checker;
  }

  private text(type: ts.Type): string {
    return this.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  }

  private same(before: ts.Type, after: ts.Type): boolean {
    return this.checker.isTypeAssignableTo(before, after) && this.checker.isTypeAssignableTo(after, before);
  }

  private isPlainObject(type: ts.Type): boolean {
    return (
      (type.flags & ts.TypeFlags.Object) !== 0 &&
      type.getCallSignatures().length === 0 &&
      type.getConstructSignatures().length === 0
    );
  }

  private propertyName(symbol: ts.Symbol): string {
    const name = symbol.getName();
    return isIdentifier(name) || /^\d+$/.test(name) ? name : JSON.stringify(name);
  }

  /**
   * Objects are walked even when they are mutually assignable (an added optional property keeps
   * them so), but a nested type written the same way on both sides and still equivalent is not:
   * it is a named type, compared where it is declared.
   */
  compare(before: ts.Type, after: ts.Type, at: string, depth = 0): void {
    const same = this.same(before, after);
    if (same && (depth > 0 || !this.isPlainObject(before)) && this.text(before) === this.text(after)) return;
    if (same && !(this.isPlainObject(before) && this.isPlainObject(after))) return;
    if (depth < MAX_DEPTH && (before.isUnion() || after.isUnion())) {
      const [old, now] = [before.isUnion() ? before.types : [before], after.isUnion() ? after.types : [after]];
      const gained = now.filter((type) => !this.checker.isTypeAssignableTo(type, before));
      const lost = old.filter((type) => !this.checker.isTypeAssignableTo(type, after));
      if (gained.length + lost.length > 0 && gained.length + lost.length < old.length + now.length) {
        if (gained.length)
          this.changes.push({
            at,
            breaking: true,
            message: `\`${at}\` gains ${gained.map((type) => `\`${this.text(type)}\``).join(", ")}: a new member of a union a typed client can feel (code that handles every member no longer compiles)`,
          });
        if (lost.length)
          this.changes.push({
            at,
            breaking: true,
            message: `\`${at}\` loses ${lost.map((type) => `\`${this.text(type)}\``).join(", ")}: code that uses it no longer compiles`,
          });
        return;
      }
    }
    if (depth < MAX_DEPTH && this.isPlainObject(before) && this.isPlainObject(after)) {
      const oldProps = new Map(before.getProperties().map((symbol) => [symbol.getName(), symbol]));
      const newProps = new Map(after.getProperties().map((symbol) => [symbol.getName(), symbol]));
      let found = false;
      for (const [name, symbol] of oldProps) {
        if (newProps.has(name)) continue;
        found = true;
        this.changes.push({
          at: member(at, this.propertyName(symbol)),
          breaking: true,
          message: `\`${member(at, this.propertyName(symbol))}\` removed`,
        });
      }
      for (const [name, symbol] of newProps) {
        if (oldProps.has(name)) continue;
        found = true;
        const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0;
        this.changes.push({
          at: member(at, this.propertyName(symbol)),
          breaking: false,
          message: `\`${member(at, this.propertyName(symbol))}\` added${optional ? " (optional)" : ""}`,
        });
      }
      for (const [name, oldSymbol] of oldProps) {
        const newSymbol = newProps.get(name);
        if (!newSymbol) continue;
        const where = member(at, this.propertyName(oldSymbol));
        const [wasOptional, isOptional] = [oldSymbol, newSymbol].map(
          (symbol) => (symbol.flags & ts.SymbolFlags.Optional) !== 0,
        );
        if (wasOptional !== isOptional) {
          found = true;
          this.changes.push({
            at: where,
            breaking: true,
            message: `\`${where}\` became ${isOptional ? "optional" : "required"}`,
          });
        }
        const count = this.changes.length;
        this.compare(
          this.checker.getTypeOfSymbol(oldSymbol),
          this.checker.getTypeOfSymbol(newSymbol),
          where,
          depth + 1,
        );
        if (this.changes.length > count) found = true;
      }
      if (found || same) return;
    }
    this.changes.push({
      at,
      breaking: true,
      message: `\`${at}\` changed from \`${this.text(before)}\` to \`${this.text(after)}\``,
    });
  }
}

/** The types an export stands for: its declared type (interfaces, aliases, classes) and its value's type. */
function typesOf(checker: ts.TypeChecker, symbol: ts.Symbol): { type?: ts.Type; value?: ts.Type } {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return {
    type: target.flags & ts.SymbolFlags.Type ? checker.getDeclaredTypeOfSymbol(target) : undefined,
    value: target.flags & ts.SymbolFlags.Value ? checker.getTypeOfSymbol(target) : undefined,
  };
}

/** Each top-level declaration's text by name, and whether it is exported. */
function declarationTexts(code: string): Map<string, { text: string; exported: boolean }> {
  const source = ts.createSourceFile("report.d.ts", code, ts.ScriptTarget.ES2022, false);
  const texts = new Map<string, { text: string; exported: boolean }>();
  let anonymous = 0;
  for (const statement of source.statements) {
    const named = statement as ts.Statement & { name?: ts.Node };
    const name = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((declaration) => declaration.name.getText(source)).join(",")
      : (named.name?.getText(source) ?? `#${anonymous++}`);
    const exported = ts.canHaveModifiers(statement)
      ? (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    const previous = texts.get(name)?.text ?? "";
    texts.set(name, { text: previous + statement.getText(source), exported });
  }
  return texts;
}

/**
 * The public API changes from `before` to `after` (two versions of one API report of the package
 * in `packageDir`). `report` names the report in messages.
 */
export function diffApiReports(packageDir: string, report: string, before: string, after: string): ApiChange[] {
  if (declarations(before) === declarations(after)) return [];
  const files = new Map([
    [join(packageDir, "__api-before__.d.ts"), declarations(before)],
    [join(packageDir, "__api-after__.d.ts"), declarations(after)],
  ]);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  const program = ts.createProgram([...files.keys()], options, host);
  const checker = program.getTypeChecker();
  const [oldExports, newExports] = [...files.keys()].map((name) => {
    const source = program.getSourceFile(name);
    const module = source && checker.getSymbolAtLocation(source);
    return new Map((module ? checker.getExportsOfModule(module) : []).map((symbol) => [symbol.getName(), symbol]));
  }) as [Map<string, ts.Symbol>, Map<string, ts.Symbol>];

  const comparer = new Comparer(checker);
  const changes: Array<Omit<ApiChange, "report">> = [];
  for (const [name] of oldExports)
    if (!newExports.has(name)) changes.push({ at: name, breaking: true, message: `export \`${name}\` removed` });
  for (const [name] of newExports)
    if (!oldExports.has(name)) changes.push({ at: name, breaking: false, message: `export \`${name}\` added` });
  // Only declarations whose text changed are compared, unless a non-exported one changed (an
  // export may then change through it while its own text stays the same).
  const [oldTexts, newTexts] = [declarationTexts(declarations(before)), declarationTexts(declarations(after))];
  const changed = new Set(
    [...new Set([...oldTexts.keys(), ...newTexts.keys()])].filter(
      (name) => oldTexts.get(name)?.text !== newTexts.get(name)?.text,
    ),
  );
  const everything = [...changed].some((name) => !(oldTexts.get(name) ?? newTexts.get(name))?.exported);
  for (const [name, oldSymbol] of oldExports) {
    const newSymbol = newExports.get(name);
    if (!newSymbol || !(everything || changed.has(name))) continue;
    const [was, is] = [typesOf(checker, oldSymbol), typesOf(checker, newSymbol)];
    for (const kind of ["type", "value"] as const) {
      const [old, now] = [was[kind], is[kind]];
      if (old && now) comparer.compare(old, now, name);
      else if (old || now)
        changes.push({ at: name, breaking: true, message: `\`${name}\` is no longer the same kind of export` });
    }
  }
  changes.push(...comparer.changes);
  return changes.map((change) => ({ report, ...change }));
}
