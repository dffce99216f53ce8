// What a tool call answers: binary bodies as MCP image (or audio, or embedded resource) content,
// JSON as structured content with its text alongside; failures as tool errors (`isError`) with
// the status, code and request id. Every text leaving the server goes through `redact`, which
// removes the values of the key-like environment variables: the clients already redact what they
// put in errors, and this is the second lock on that door.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

const SECRET_NAME = /(API_?KEY|TOKEN|SECRET|PASSWORD|USERNAME)$/i;

/** Replaces, in `text`, the value of every environment variable that holds a credential. */
export function redact(text: string, env: Record<string, string | undefined> = process.env): string {
  let result = text;
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= 4 && SECRET_NAME.test(name)) result = result.split(value).join("[redacted]");
  }
  return result;
}

const asRecord = (value: unknown) =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : { result: value };

/** A JSON value as the tool's structured content (an object) and its text. */
export function jsonResult(value: unknown): CallToolResult {
  const structured = JSON.parse(redact(JSON.stringify(asRecord(value) ?? null))) as Record<string, unknown>;
  return { content: [{ type: "text", text: JSON.stringify(structured, null, 2) }], structuredContent: structured };
}

/** A binary body: an image or audio content block, else an embedded resource. */
export async function binaryResult(blob: Blob, toolName: string): Promise<CallToolResult> {
  const data = Buffer.from(await blob.arrayBuffer()).toString("base64");
  const mimeType = blob.type || "application/octet-stream";
  if (mimeType.startsWith("image/")) return { content: [{ type: "image", data, mimeType }] };
  if (mimeType.startsWith("audio/")) return { content: [{ type: "audio", data, mimeType }] };
  return { content: [{ type: "resource", resource: { uri: `image-sdk://${toolName}/result`, blob: data, mimeType } }] };
}

/** What a tool error says about `error`: its class, message, and an API error's status, code and request id. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redact(String(error)) };
  const { status, code, requestId, provider } = error as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries({ error: error.name, message: redact(error.message), status, code, requestId, provider }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

/** A failed call as a tool error. */
export function errorResult(error: unknown, extra: Record<string, unknown> = {}): CallToolResult {
  const fields = JSON.parse(redact(JSON.stringify({ ...errorFields(error), ...extra }))) as Record<string, unknown>;
  const heading = [fields.error, fields.status, fields.code].filter((part) => part !== undefined).join(" ");
  const ids = fields.requestId === undefined ? "" : ` (request id ${String(fields.requestId)})`;
  return {
    isError: true,
    content: [
      { type: "text", text: `${heading}: ${String(fields.message)}${ids}` },
      { type: "text", text: JSON.stringify(fields, null, 2) },
    ],
    structuredContent: fields,
  };
}
