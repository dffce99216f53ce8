// Selecting Prism's answer for a case: a named example, or one generated from the schema with a
// fixed seed (so the generated answers are the same on every run).
import type { DocumentedResponse, NamedExample } from "./openapi/documented-operations.ts";

export const DYNAMIC_SEED = "image-sdk-contract";

/** The `Prefer` (and `Accept`) headers that make the mock answer with `response`. */
export function preferHeaders(
  response: DocumentedResponse,
  answer: { example: NamedExample | undefined } | "dynamic",
): Record<string, string> {
  const prefer =
    answer === "dynamic"
      ? `code=${response.status}, dynamic=true, seed=${DYNAMIC_SEED}`
      : answer.example
        ? `code=${response.status}, example=${answer.example.name}`
        : `code=${response.status}`;
  return { Prefer: prefer, ...(response.mediaType ? { Accept: response.mediaType } : {}) };
}
