// Selecting the contract mock's answer for a case with Prism's query parameters (`__code`,
// `__example`, `__dynamic`), not its `Prefer` header: a document may declare `Prefer` (or any
// header) itself, and the client's own headers must reach the mock as the client sends them.
import type { DocumentedOperation, DocumentedResponse, NamedExample } from "./openapi/documented-operations.ts";

export interface AnswerSelection {
  /** Added to the request's URL on its way to the mock. */
  query: Record<string, string>;
  /** The media type asked for, where the response has one. */
  headers: Record<string, string>;
}

/**
 * A named example, the schema's instance (no example), or a generated minimal instance ("dynamic"),
 * of `operation`'s response: the operation is named too (`__operation`), since path keys that are
 * variants of one URL (`/render?format=png`, `/render#svg`) send the same request line.
 */
export function answerSelection(
  operation: DocumentedOperation,
  response: DocumentedResponse,
  status: number,
  answer: { example: NamedExample | undefined } | "dynamic",
): AnswerSelection {
  const query: Record<string, string> = { __operation: operation.key, __code: String(status) };
  if (answer === "dynamic") query.__dynamic = "true";
  else if (answer.example) query.__example = answer.example.name;
  return { query, headers: response.mediaType ? { Accept: response.mediaType } : {} };
}

/** A fetch that sends every request through `transport` with the selection's query parameters. */
export function selectingFetch(selection: AnswerSelection, transport: typeof fetch = fetch): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    for (const [name, value] of Object.entries(selection.query)) url.searchParams.set(name, value);
    return transport(new Request(url, request));
  }) as typeof fetch;
}
