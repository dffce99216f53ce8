// What the document holds outside its operations: top-level servers, `info`, other top-level keys
// and the error codes this project's generator derives.
import { documentedErrors } from "../../pipeline/error-codes.ts";
import { asObject } from "./json-shape.ts";
import { code } from "./message-text.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { sameJson } from "./same-json.ts";
import type { Scope } from "./scope.ts";
import { compareServers } from "./servers.ts";

/** `document` is the document's scope. */
export function compareTopLevel(document: Scope): void {
  const [a, b] = [document.oldDocument, document.newDocument];
  compareServers(document.at("servers"), a.servers, b.servers);
  const info = [asObject(a.info), asObject(b.info)] as const;
  for (const key of new Set([...Object.keys(info[0]), ...Object.keys(info[1])])) {
    if (sameJson(info[0][key], info[1][key])) continue;
    document.at("info", key).emit("documentation-changed", { subject: "info", key: `\`${key}\``, what: "changed" });
  }
  compareRemainingKeys(document, a, b, new Set(["paths", "webhooks", "components", "servers", "security", "info"]));
}

/**
 * The error codes this project's generator derives from error examples (`x-image-sdk-error-code`,
 * scripts/pipeline/error-codes.ts): clients narrow errors on them, so they are contract.
 */
export function compareErrorCodes(document: Scope): void {
  const before = documentedErrors(document.oldDocument)?.codesByStatus ?? {};
  const after = documentedErrors(document.newDocument)?.codesByStatus ?? {};
  for (const status of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[status] ?? [], after[status] ?? []];
    const at = (errorCode: string) => document.at("x-image-sdk-error-codes", status, errorCode);
    for (const errorCode of a.filter((value) => !b.includes(value))) {
      at(errorCode).emit("error-code-removed", { code: code(errorCode), status });
    }
    for (const errorCode of b.filter((value) => !a.includes(value))) {
      at(errorCode).emit("error-code-added", { code: code(errorCode), status });
    }
  }
}
