// Compares two bundled OpenAPI 3.0/3.1 documents operation by operation. Only what an operation
// reaches counts: a changed component no operation uses changes no client. Each OpenAPI object
// has its differ in diff/; they emit what they find through a `Scope`, and the rules table
// (rules.ts) names and judges it.
import { applyRules } from "./apply-rules.ts";
import type { Change } from "./change.ts";
import { compareErrorCodes, compareTopLevel } from "./diff/document.ts";
import { asObject } from "./diff/json-shape.ts";
import { comparePaths } from "./diff/paths.ts";
import { DiffContext, Scope } from "./diff/scope.ts";
import { compareSecuritySchemes } from "./diff/security.ts";
import { compareWebhooks } from "./diff/webhooks.ts";

type Json = Record<string, unknown>;

export function diffDocuments(oldDocument: Json, newDocument: Json): Change[] {
  const context = new DiffContext(oldDocument, newDocument);
  const document = new Scope({
    context,
    location: "",
    subject: "document",
    direction: "request",
    place: "document",
    part: "request",
    field: "",
  });
  compareTopLevel(document);
  comparePaths(
    document.at("paths").with({ place: "request" }),
    asObject(oldDocument.paths),
    asObject(newDocument.paths),
  );
  compareWebhooks(document);
  compareSecuritySchemes(document);
  compareErrorCodes(document);
  return applyRules(context.findings);
}
