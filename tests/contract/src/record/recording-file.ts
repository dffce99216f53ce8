// A recording: one real exchange with a provider, as specs/<provider>/recordings/<operation>.json
// keeps it (request, response, when). Recordings stay small: long strings and long arrays in a
// JSON body are cut with a marker, a text body is cut at a few kilobytes, and a binary body is kept
// as its SHA-256 and size. Each cut is listed by its JSON pointer, so a check of the recording can
// tell what the recorder changed from what the API sent. Redaction happens before a recording is
// written (redact-recording.ts).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Json, pointer } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { isJsonMediaType } from "../openapi/schema-validator.ts";

export const RECORDING_FORMAT = 1;
const MAX_STRING = 1024;
const MAX_ITEMS = 20;
const MAX_TEXT = 4096;

/** A body as kept: exactly one of json, text or binary. */
export interface RecordedBody {
  json?: Json;
  text?: string;
  binary?: { sha256: string; size: number };
  /** JSON pointers into the body of each value cut (a string, an array); `""` for a cut text body. */
  truncated?: string[];
  /** JSON pointers into the body of each value redaction changed. */
  redacted?: string[];
}

export interface RecordedRequest {
  method: string;
  /** Path and query, relative to the API's base URL (the base URL is where it was recorded, not what). */
  path: string;
  headers: Record<string, string>;
  body?: RecordedBody;
}

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body?: RecordedBody;
}

export interface Recording {
  format: typeof RECORDING_FORMAT;
  provider: string;
  /** `GET /v1/things/{id}`: the documented operation called. */
  operation: string;
  recordedAt: string;
  request: RecordedRequest;
  response: RecordedResponse;
}

export const truncationMarker = (cut: number, unit: string) => `…[truncated: ${cut} more ${unit}]`;

/** Whether a value is the marker left where array items were cut. */
export const isTruncationMarker = (value: unknown) => typeof value === "string" && value.startsWith("…[truncated: ");

function truncateJson(value: Json, at: string, cuts: string[]): Json {
  if (typeof value === "string" && value.length > MAX_STRING) {
    cuts.push(at);
    return value.slice(0, MAX_STRING) + truncationMarker(value.length - MAX_STRING, "characters");
  }
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map((item, index) => truncateJson(item, pointer(at, String(index)), cuts));
    if (value.length > MAX_ITEMS) {
      cuts.push(at);
      kept.push(truncationMarker(value.length - MAX_ITEMS, "items"));
    }
    return kept;
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, truncateJson(item, pointer(at, key), cuts)]),
    );
  }
  return value;
}

const isTextMediaType = (mediaType: string) =>
  /^text\//.test(mediaType) || /[/+](xml|x-www-form-urlencoded|html)$/.test(mediaType);

/**
 * The body as a recording keeps it; undefined when there is none. `whole` keeps long strings, arrays
 * and texts uncut: the recorder checks that copy, so a drift past the cut is still reported.
 */
export function recordBody(bytes: Uint8Array, contentType: string | null, whole = false): RecordedBody | undefined {
  if (bytes.length === 0) return undefined;
  const mediaType = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const text = () => new TextDecoder().decode(bytes);
  if (isJsonMediaType(mediaType)) {
    try {
      const parsed = JSON.parse(text()) as Json;
      if (whole) return { json: parsed };
      const cuts: string[] = [];
      const json = truncateJson(parsed, "", cuts);
      return cuts.length ? { json, truncated: cuts } : { json };
    } catch {
      // Not JSON after all: kept as text, so the check can say so.
    }
  }
  if (isJsonMediaType(mediaType) || isTextMediaType(mediaType)) {
    const all = text();
    if (whole || all.length <= MAX_TEXT) return { text: all };
    return {
      text: all.slice(0, MAX_TEXT) + truncationMarker(all.length - MAX_TEXT, "characters"),
      truncated: [""],
    };
  }
  return { binary: { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length } };
}

/** The body as the check and a replay see it: JSON as text, a binary as filler bytes of its size. */
export function bodyBytes(body: RecordedBody | undefined): Uint8Array {
  if (!body) return new Uint8Array();
  if (body.binary) return new Uint8Array(body.binary.size);
  return new TextEncoder().encode(body.json !== undefined ? JSON.stringify(body.json) : (body.text ?? ""));
}

/** `get-v1-things-id.json`: one file per operation, replaced by each run. */
export function recordingFileName(operation: string): string {
  const slug = operation
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug}.json`;
}

export function recordingsDir(specDir: string): string {
  return join(specDir, "recordings");
}

export function writeRecording(specDir: string, recording: Recording): string {
  const dir = recordingsDir(specDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, recordingFileName(recording.operation));
  writeFileSync(file, `${JSON.stringify(recording, null, 2)}\n`);
  return file;
}

const isRecording = (value: unknown): value is Recording => {
  const candidate = value as Partial<Recording> | null;
  return (
    candidate?.format === RECORDING_FORMAT &&
    typeof candidate.operation === "string" &&
    typeof candidate.request?.path === "string" &&
    typeof candidate.response?.status === "number"
  );
};

/** Every recording of a provider, by file name; a file that is not one is an error naming it. */
export function readRecordings(specDir: string): Array<{ file: string; recording: Recording }> {
  const dir = recordingsDir(specDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const parsed = JSON.parse(readFileSync(file, "utf8")) as unknown;
      if (!isRecording(parsed)) {
        throw new Error(
          `${file}: not a recording (format ${RECORDING_FORMAT}: operation, request.path, response.status)`,
        );
      }
      return { file, recording: parsed };
    });
}
