// What a provider package states about its API, generated from its OpenAPI document by
// scripts/pipeline/provider-config.ts into packages/<name>/src/generated/provider.ts. Everything
// else (sending, retrying, reading, typing errors) is shared. Kept as plain data with short
// shapes: it lands in every app's bundle.

import type { Redact } from "./redact-secrets.ts";

/**
 * A server URL template (`https://{region}.example.com`) and its variables' defaults. A URL that is
 * not absolute (`""`, `/v1`: relative to wherever the document was served) gives no base URL: the
 * client then needs the `baseUrl` option.
 */
export interface ServerConfig {
  url: string;
  /** Variable → default value (the document's `default`). */
  variables?: Readonly<Record<string, string>>;
}

/** One `securitySchemes` entry the client can satisfy. */
export type SecurityScheme =
  | {
      type: "apiKey";
      in: "header" | "query" | "cookie";
      name: string;
      /** Sent before the key and a space (`Key <key>`, `Token <key>`), from the document or its overlay. */
      prefix?: string;
    }
  | { type: "http"; scheme: "bearer" | "basic" };

/**
 * How a body is read, from the operation's documented media type: JSON parsed, `text` a string,
 * `blob` a Blob (image/*, application/pdf, application/octet-stream, `format: binary`), `empty`
 * nothing (a documented response without content), `events` / `json-events` a `text/event-stream`
 * read as it arrives, each event's data a string / parsed as JSON (the schema is not a string).
 */
export type BodyKind = "json" | "text" | "blob" | "empty" | "events" | "json-events";

/** How a request body is sent, from the operation's request media type. */
export type RequestKind = "json" | "multipart" | "form" | "binary" | "text";

export interface OperationConfig {
  /**
   * Security requirements: alternatives (any one suffices), each a list of scheme names that are
   * all applied. Absent or `[]`: no security. `[[]]` (an empty alternative) also means optional.
   */
  security?: readonly (readonly string[])[];
  /** The operation's (or its path's) own servers, which replace the document's. */
  servers?: readonly ServerConfig[];
  /**
   * The documented request media type's kind and exact media type, when there is a body; for
   * multipart, the parts its `encoding` sends as JSON.
   */
  request?: readonly [kind: RequestKind, mediaType: string, jsonParts?: readonly string[]];
  /**
   * The operation's multipart alternative, where it documents one after another first media type
   * (JSON and multipart for the same call): a body holding a file (a Blob or bytes) is sent so.
   */
  fileRequest?: readonly [kind: "multipart", mediaType: string, jsonParts?: readonly string[]];
  /** Status (`"200"`, `"2XX"`, `"default"`) → how that response's body is read. */
  responses?: Readonly<Record<string, BodyKind>>;
  /**
   * The header (lower-case) that carries an idempotency key: each call sends one (the caller's, or
   * a fresh UUID), the same on every retry, so the call may be retried like an idempotent method.
   */
  idempotency?: string;
}

export interface ProviderConfig {
  /** Display name used in messages, e.g. "Flamel". */
  name: string;
  /** Environment variable names: `<PREFIX>_API_KEY`, `_USERNAME`, `_PASSWORD`, `_BASE_URL`. */
  env: { apiKey: string; username: string; password: string; baseUrl: string };
  /** The document's servers; the first is the default. Empty: none (the `baseUrl` option is needed). */
  servers: readonly ServerConfig[];
  securitySchemes: Readonly<Record<string, SecurityScheme>>;
  /** The error body property that carries the provider's code, when the error schemas have one. */
  errorCodeProperty?: string;
  /** Code → documented text with `:name` placeholders (parameterised codes, e.g. Flamel's). */
  errorTemplates?: Readonly<Record<string, string>>;
  /** `"<METHOD> <path template>"` → what the document says about that operation. */
  operations: Readonly<Record<string, OperationConfig>>;
  /**
   * Reads `text/event-stream` results: set (by the generated provider.ts) only when an operation
   * answers one, so other packages' bundles leave the streaming code out.
   */
  eventStream?: EventStreamHook;
  /** Headers the provider needs on every request, overridable by `options.headers`. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * The shape of streams/stream-result.ts's streamResult, stated here rather than imported (the
 * streaming code imports this module): a call's result, its body kind, the client's context and
 * the call, in; the result with its data the events, out.
 */
export type EventStreamHook = <Result extends { error?: unknown; response: Response }>(
  result: Result,
  kind: BodyKind,
  context: { readonly provider: string; readonly redact: Redact },
  call: { method: string; url: string; idleTimeout: number; signal: AbortSignal | undefined },
) => Result;
