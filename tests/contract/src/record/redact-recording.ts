// Takes every credential out of a recording before it is written: the caller's key wherever it
// stands as a whole word (core's own redactor, the rule every client error follows), credential
// headers and cookies by name (the document's own API-key header and query names included), the
// signatures of signed URLs wherever a URL appears, and the provider's own fields and patterns
// from record.yaml. A body lists the pointers of the values it changed, which a check then leaves
// alone: `[redacted]` where the schema wants an integer is the recorder's doing, not the API's.
import { redactorFor } from "@image-sdk/core/internal";
import { isObject, type Json, type JsonObject, pointer, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import type { RedactionRule } from "./record-config.ts";
import type { RecordedBody, Recording } from "./recording-file.ts";

export const REDACTED = "[redacted]";

const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"];
/** Query parameters that sign a URL (S3, GCS, Azure SAS, CloudFront) or carry a token. */
const SIGNATURE_PARAMETERS = [
  "x-amz-signature",
  "x-amz-credential",
  "x-amz-security-token",
  "x-goog-signature",
  "x-goog-credential",
  "signature",
  "sig",
  "policy",
  "key-pair-id",
  "token",
  "access_token",
  "api_key",
  "apikey",
  "key",
];

export interface RedactionOptions {
  /** The secrets in use (the API key, a password): removed wherever they appear as a whole word. */
  secrets: readonly (string | undefined)[];
  /** The document: its apiKey schemes name more headers and query parameters to redact. */
  document: JsonObject;
  rules: RedactionRule[];
}

function schemeNames(document: JsonObject): { headers: string[]; query: string[] } {
  const schemes = resolveObject(document, isObject(document.components) ? document.components.securitySchemes : {});
  const headers: string[] = [];
  const query: string[] = [];
  for (const scheme of Object.values(schemes ?? {})) {
    const resolved = resolveObject(document, scheme);
    if (resolved?.type !== "apiKey" || typeof resolved.name !== "string") continue;
    if (resolved.in === "header") headers.push(resolved.name.toLowerCase());
    if (resolved.in === "query") query.push(resolved.name.toLowerCase());
  }
  return { headers, query };
}

/** A URL's (or a path's) query with every signing parameter's value replaced. */
function redactQuery(url: string, parameters: Set<string>): string {
  const queryStart = url.indexOf("?");
  if (queryStart < 0) return url;
  const hashStart = url.indexOf("#", queryStart);
  const query = url.slice(queryStart + 1, hashStart < 0 ? undefined : hashStart);
  const redacted = query
    .split("&")
    .map((pair) => {
      const [name = "", ...value] = pair.split("=");
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed escape: compare the name as written.
      }
      return value.length && parameters.has(decoded.toLowerCase()) ? `${name}=${REDACTED}` : pair;
    })
    .join("&");
  return `${url.slice(0, queryStart + 1)}${redacted}${hashStart < 0 ? "" : url.slice(hashStart)}`;
}

export function recordingRedactor(options: RedactionOptions): (recording: Recording) => Recording {
  const names = schemeNames(options.document);
  const headerNames = new Set([...CREDENTIAL_HEADERS, ...names.headers]);
  const queryNames = new Set([...SIGNATURE_PARAMETERS, ...names.query]);
  const secrets = redactorFor(options.secrets);
  const fields = new Set(options.rules.flatMap((rule) => ("field" in rule ? [rule.field] : [])));
  const patterns = options.rules.flatMap((rule) => ("pattern" in rule ? [rule.pattern] : []));

  const text = (value: string): string => {
    let result = value.replace(/https?:\/\/[^\s"'<>]+/g, (url) => redactQuery(url, queryNames));
    result = secrets(result);
    for (const pattern of patterns) result = result.replace(pattern, REDACTED);
    return result;
  };
  /** The value with every credential out; the pointer of each value that changed goes to `changed`. */
  const json = (value: Json, at: string, changed: string[]): Json => {
    if (typeof value === "string") {
      const redacted = text(value);
      if (redacted !== value) changed.push(at);
      return redacted;
    }
    if (Array.isArray(value)) return value.map((item, index) => json(item, pointer(at, String(index)), changed));
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        if (!fields.has(key)) return [key, json(item, pointer(at, key), changed)];
        changed.push(pointer(at, key));
        return [key, REDACTED];
      }),
    );
  };
  const headers = (all: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(all).map(([name, value]) => [name, headerNames.has(name.toLowerCase()) ? REDACTED : text(value)]),
    );
  const body = (recorded: RecordedBody | undefined): RecordedBody | undefined => {
    if (!recorded) return undefined;
    if (recorded.json !== undefined) {
      const changed: string[] = [];
      const redacted = json(recorded.json, "", changed);
      return { ...recorded, json: redacted, ...(changed.length ? { redacted: changed } : {}) };
    }
    if (recorded.text !== undefined) {
      const redacted = text(recorded.text);
      return { ...recorded, text: redacted, ...(redacted !== recorded.text ? { redacted: [""] } : {}) };
    }
    return recorded;
  };
  return (recording) => ({
    ...recording,
    request: {
      ...recording.request,
      path: text(redactQuery(recording.request.path, queryNames)),
      headers: headers(recording.request.headers),
      ...(recording.request.body ? { body: body(recording.request.body) } : {}),
    },
    response: {
      ...recording.response,
      headers: headers(recording.response.headers),
      ...(recording.response.body ? { body: body(recording.response.body) } : {}),
    },
  });
}
