// Which documented operation a received request is, and which documented responses a status
// answers to: shared by the validator (a response the client received) and the contract mock (a
// request it must answer).
import type { DocumentedOperation, DocumentedResponse } from "./documented-operations.ts";

function templateMatcher(path: string): RegExp {
  const pattern = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}$`);
}

export interface OperationMatcher {
  /** The operation `method` on `pathname` (already decoded) is; a literal path wins over a template. */
  match(method: string, pathname: string): DocumentedOperation | undefined;
}

export function operationMatcher(operations: DocumentedOperation[]): OperationMatcher {
  const matchers = operations.map((operation) => ({ operation, matcher: templateMatcher(operation.path) }));
  return {
    match(method, pathname) {
      const lower = method.toLowerCase();
      const candidates = matchers.filter(
        ({ operation, matcher }) => operation.method === lower && matcher.test(pathname),
      );
      // A literal path (`/v2/apps/propose`) wins over a template that also matches (`/v2/apps/{id}`).
      return candidates.sort((a, b) => a.operation.path.split("{").length - b.operation.path.split("{").length)[0]
        ?.operation;
    },
  };
}

/** The responses a concrete status answers to: its own, else its range (`4XX`), else `default`. */
export function responsesForStatus(operation: DocumentedOperation, status: number): DocumentedResponse[] {
  const code = String(status);
  const exact = operation.responses.filter((response) => response.status === code);
  if (exact.length) return exact;
  const range = operation.responses.filter((response) => response.status.toUpperCase() === `${code[0]}XX`);
  if (range.length) return range;
  return operation.responses.filter((response) => response.status === "default");
}
