// A tool's name: `<provider>_<operation>` in snake case, from the operationId (or the method and
// path when there is none), so it is stable across releases that keep the operation. Names over
// MCP clients' 64-character limit keep a prefix and end with a hash of the full name, so two long
// names that share a prefix stay distinct and the same operation always gets the same name.
import { createHash } from "node:crypto";

export const MAX_TOOL_NAME_LENGTH = 64;
const HASH_LENGTH = 8;

const snakeCase = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toLowerCase();

/** The tool name of one operation of `provider`. */
export function toolName(provider: string, method: string, path: string, operationId: string | undefined): string {
  const operation = snakeCase(operationId ?? `${method} ${path}`);
  const full = `${snakeCase(provider)}_${operation}`;
  if (full.length <= MAX_TOOL_NAME_LENGTH) return full;
  const hash = createHash("sha256").update(full).digest("hex").slice(0, HASH_LENGTH);
  return `${full.slice(0, MAX_TOOL_NAME_LENGTH - HASH_LENGTH - 1).replace(/_+$/, "")}_${hash}`;
}
