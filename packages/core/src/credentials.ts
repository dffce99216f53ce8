import type { ClientOptions } from "./client-options.ts";
import { fromOptionOrEnv } from "./environment.ts";
import { MissingApiKeyError } from "./errors.ts";
import type { OperationConfig, ProviderConfig, SecurityScheme } from "./provider-config.ts";

/** Where a request's credentials go: headers to set and query parameters to add. */
export interface AppliedAuth {
  headers: Record<string, string>;
  query: string;
}

/** Base64 of UTF-8 text with the web platform's btoa (Node >= 16 and browsers). */
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/**
 * Resolves the credentials once, at client creation, and applies them per operation. A credential
 * with a character a header cannot carry is refused at creation without being repeated (the
 * Headers constructor's error would show it); a missing one only when an operation that needs it
 * is called, so operations without security work without a key.
 */
export function createCredentials(provider: ProviderConfig, options: ClientOptions<object>) {
  const { name, env } = provider;
  const values = {
    apiKey: fromOptionOrEnv(options.apiKey, env.apiKey),
    username: fromOptionOrEnv(options.username, env.username),
    password: fromOptionOrEnv(options.password, env.password),
  };
  for (const option of ["apiKey", "username", "password"] as const) {
    const value = values[option];
    // A key goes into a header as it is: printable ASCII without spaces. Basic credentials are
    // sent as base64 of UTF-8, so they may hold spaces and any letters, but no control characters
    // (a stray newline), and a user name no ":" (it separates the two).
    const allowed = { apiKey: /^[\x21-\x7e]+$/, username: /^[^\p{Cc}:]+$/u, password: /^[^\p{Cc}]+$/u }[option];
    if (value !== undefined && !allowed.test(value)) {
      const source = options[option] === undefined ? `the ${env[option]} environment variable` : `the ${option} option`;
      throw new MissingApiKeyError(
        `${name}: the ${option === "apiKey" ? "API key" : option} from ${source} contains ${option === "apiKey" ? "whitespace or non-ASCII characters" : "a control character"} (not shown); check for a stray newline or space.`,
      );
    }
  }

  const satisfiable = (scheme: SecurityScheme | undefined) =>
    scheme !== undefined &&
    (scheme.type === "http" && scheme.scheme === "basic"
      ? values.username !== undefined && values.password !== undefined
      : values.apiKey !== undefined);

  function apply(scheme: SecurityScheme, auth: AppliedAuth): void {
    if (scheme.type === "http") {
      auth.headers.authorization =
        scheme.scheme === "basic"
          ? `Basic ${base64(`${values.username}:${values.password}`)}`
          : `Bearer ${values.apiKey}`;
    } else if (scheme.in === "header") {
      auth.headers[scheme.name.toLowerCase()] = scheme.prefix ? `${scheme.prefix} ${values.apiKey}` : values.apiKey!;
    } else if (scheme.in === "query") {
      auth.query += `${auth.query ? "&" : ""}${encodeURIComponent(scheme.name)}=${encodeURIComponent(values.apiKey!)}`;
    } else {
      const cookie = `${scheme.name}=${encodeURIComponent(values.apiKey!)}`;
      auth.headers.cookie = auth.headers.cookie ? `${auth.headers.cookie}; ${cookie}` : cookie;
    }
  }

  function missing(operation: OperationConfig): MissingApiKeyError {
    const schemes = (operation.security ?? []).flat().map((scheme) => provider.securitySchemes[scheme]);
    const basic = schemes.some((scheme) => scheme?.type === "http" && scheme.scheme === "basic");
    const key = schemes.some((scheme) => scheme && !(scheme.type === "http" && scheme.scheme === "basic"));
    const needs = [
      key && `an API key: pass { apiKey } to the client or set the ${env.apiKey} environment variable`,
      basic &&
        `a username and password: pass { username, password } to the client or set ${env.username} and ${env.password}`,
    ].filter(Boolean);
    return new MissingApiKeyError(
      key && !basic
        ? `${name}: no API key. Pass { apiKey } to the client or set the ${env.apiKey} environment variable.`
        : `${name}: this operation needs ${needs.join(", or ")}.`,
    );
  }

  return {
    /** Every credential value, for redaction (including the Basic header's base64 form). */
    secrets: [
      values.apiKey,
      values.password,
      values.username !== undefined && values.password !== undefined
        ? base64(`${values.username}:${values.password}`)
        : undefined,
    ],
    /**
     * The auth of one operation: the first security alternative the credentials satisfy. A header
     * key the call sends itself (`suppliedHeaders`, lower-cased: a document that lists the key as a
     * header parameter invites that) satisfies its scheme too.
     */
    authFor(operation: OperationConfig, suppliedHeaders: ReadonlySet<string> = new Set()): AppliedAuth {
      const auth: AppliedAuth = { headers: {}, query: "" };
      const alternatives = operation.security ?? [];
      if (!alternatives.length) return auth;
      const supplied = (scheme: SecurityScheme | undefined) =>
        scheme?.type === "apiKey" && scheme.in === "header" && suppliedHeaders.has(scheme.name.toLowerCase());
      const usable = alternatives.find((names) =>
        names.every((n) => satisfiable(provider.securitySchemes[n]) || supplied(provider.securitySchemes[n])),
      );
      if (!usable) throw missing(operation);
      for (const name of usable) {
        const scheme = provider.securitySchemes[name]!;
        if (satisfiable(scheme)) apply(scheme, auth);
      }
      return auth;
    },
  };
}

/** A client's credentials: the secrets to redact, and the auth of each operation. */
export type Credentials = ReturnType<typeof createCredentials>;
