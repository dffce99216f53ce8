import type { RequestKind } from "./provider-config.ts";

/** A request body every fetch can send again on a retry (no streams). */
export type ReplayableBody = string | Blob | FormData | URLSearchParams | ArrayBuffer | ArrayBufferView<ArrayBuffer>;

/**
 * What a request sends: a replayable body, or a stream sent as it is read (never buffered), which
 * can be sent only once (send-request.ts does not re-send it once fetch has taken it).
 */
export type RequestBody = ReplayableBody | ReadableStream<Uint8Array>;

/** Whether `value` is a ReadableStream (a streamed binary body). */
export const isStream = (value: unknown): value is ReadableStream<Uint8Array> =>
  typeof ReadableStream !== "undefined" && value instanceof ReadableStream;

const isBinary = (value: unknown): value is Blob | ArrayBuffer | ArrayBufferView<ArrayBuffer> =>
  (typeof Blob !== "undefined" && value instanceof Blob) || value instanceof ArrayBuffer || ArrayBuffer.isView(value);

/** A part or field value as text: objects as JSON (multipart and forms carry only text and files). */
const asText = (value: unknown) => (typeof value === "object" ? JSON.stringify(value) : String(value));

/**
 * Multipart: an array is one part per item; a part named in `jsonParts` (its `encoding` says
 * application/json) is a JSON Blob, one per item of an array, as OpenAPI 3.1.1 reads `encoding`.
 */
function toFormData(body: Record<string, unknown>, jsonParts: readonly string[] = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (jsonParts.includes(name) && !isBinary(item))
        form.append(name, new Blob([JSON.stringify(item)], { type: "application/json" }));
      // A File (toFile) keeps its own name as the part's filename.
      else if (isBinary(item))
        form.append(
          name,
          item instanceof Blob ? item : new Blob([item as ArrayBuffer]),
          (item as Partial<File>).name || name,
        );
      else form.append(name, asText(item));
    }
  }
  return form;
}

function toSearchParams(body: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) form.append(name, asText(item));
    }
  }
  return form;
}

/** Whether a body object holds a file (a Blob or bytes) as a value or an item of one: JSON cannot carry it. */
export const holdsFile = (body: unknown): boolean =>
  typeof body === "object" &&
  body !== null &&
  !isBinary(body) &&
  Object.values(body).some((value) => (Array.isArray(value) ? value.some(isBinary) : isBinary(value)));

/**
 * The body as its documented media type takes it, and the Content-Type to send (undefined where
 * fetch sets it itself: FormData with its boundary, URLSearchParams). A body already in wire form
 * (FormData, URLSearchParams, a Blob, bytes or a ReadableStream) is sent as given.
 */
export function serializeBody(
  body: unknown,
  [kind, mediaType, jsonParts]: readonly [RequestKind, string, (readonly string[])?] = ["json", "application/json"],
): [RequestBody, string | undefined] {
  if (body instanceof FormData || body instanceof URLSearchParams) return [body, undefined];
  if (isBinary(body) || isStream(body))
    return [body, kind === "binary" ? mediaType : (body as Blob).type || "application/octet-stream"];
  if (kind === "multipart") return [toFormData(body as Record<string, unknown>, jsonParts), undefined];
  if (kind === "form") return [toSearchParams(body as Record<string, unknown>), undefined];
  if (kind === "text" || (kind === "binary" && typeof body === "string")) return [String(body), mediaType];
  return [JSON.stringify(body), mediaType];
}
