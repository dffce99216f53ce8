// The documented statuses and codes of a provider, read from the ErrorCodes interface the pipeline
// generates (packages/<name>/src/generated/errors.ts): what its hovers must show, computed from the
// same source the types are, so a regenerated document changes the expectation with it.
import { readFile } from "node:fs/promises";
import ts from "typescript";

/** Status (or `default`) → the documented codes, in document order. */
export type DocumentedErrors = Map<string, string[]>;

export async function readDocumentedErrors(errorsFile: string): Promise<DocumentedErrors> {
  const source = ts.createSourceFile(errorsFile, await readFile(errorsFile, "utf8"), ts.ScriptTarget.Latest);
  const codes = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === "ErrorCodes",
  );
  if (!codes) throw new Error(`${errorsFile}: has no \`interface ErrorCodes\``);
  const documented: DocumentedErrors = new Map();
  for (const member of codes.members) {
    if (!ts.isPropertySignature(member) || !member.type || !member.name)
      throw new Error(`${errorsFile}: ErrorCodes has a member that is not \`status: "code" | …\``);
    // `never`: a status documented with no code (the document has no code property).
    const union = ts.isUnionTypeNode(member.type)
      ? member.type.types
      : member.type.kind === ts.SyntaxKind.NeverKeyword
        ? []
        : [member.type];
    documented.set(
      member.name.getText(source),
      union.map((type) => {
        if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return type.literal.text;
        throw new Error(`${errorsFile}: ErrorCodes[${member.name?.getText(source)}] is not a union of string literals`);
      }),
    );
  }
  return documented;
}
