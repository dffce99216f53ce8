// Which documented operation a received request is, and which documented responses a status
// answers to: shared by the validator (a response the client received) and the contract mock (a
// request it must answer).
import type { DocumentedOperation, DocumentedResponse } from "./documented-operations.ts";

/**
 * The URL a path key names: the key without a `?query` or `#fragment` suffix, which a document
 * uses to tell variants of one URL apart (`/render?format=png`, `/render#svg`).
 */
export function urlPath(path: string): string {
  return path.split(/[?#]/, 1)[0]!;
}

function templateMatcher(path: string): RegExp {
  const pattern = urlPath(path)
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}$`);
}

export interface OperationMatcher {
  /** The operation `method` on `pathname` (already decoded) is; a literal path wins over a template. */
  match(method: string, pathname: string): DocumentedOperation | undefined;
  /** Every operation it may be, best first: several only when path keys are variants of one URL. */
  candidates(method: string, pathname: string): DocumentedOperation[];
}

export function operationMatcher(operations: DocumentedOperation[]): OperationMatcher {
  const matchers = operations.map((operation) => ({ operation, matcher: templateMatcher(operation.path) }));
  const candidates = (method: string, pathname: string) => {
    const lower = method.toLowerCase();
    // A literal path (`/v2/apps/propose`) wins over a template that also matches (`/v2/apps/{id}`);
    // the variants of the winner's URL follow it, in the document's order.
    const matching = matchers
      .filter(({ operation, matcher }) => operation.method === lower && matcher.test(pathname))
      .sort((a, b) => a.operation.path.split("{").length - b.operation.path.split("{").length)
      .map(({ operation }) => operation);
    const url = matching[0] && urlPath(matching[0].path);
    return matching.filter((operation) => urlPath(operation.path) === url);
  };
  return { candidates, match: (method, pathname) => candidates(method, pathname)[0] };
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
