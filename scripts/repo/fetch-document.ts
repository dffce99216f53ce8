import { networkAdvice } from "../repo/network-advice.ts";
import { DocumentSourceError } from "./source-error.ts";

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Long enough for a slow docs site, short enough that a scheduled job does not hang. */
const defaultTimeoutMs = 30_000;

/** Failures that a proxy or a TLS-intercepting CA explains more often than the server does. */
const networkCodes =
  /^(ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|UND_ERR_SOCKET|CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_)/;

export interface FetchOptions {
  /** Milliseconds for the whole answer, body included (default 30 s). */
  timeoutMs?: number;
}

/**
 * Fetches a published document's text. A failed connection, an HTTP error or an HTML page (a
 * docs site's "not found" page often answers 200) is an error naming the URL, never an empty body.
 */
export async function fetchDocumentText(url: string, options: FetchOptions = {}): Promise<string> {
  return new TextDecoder().decode(await fetchDocumentBytes(url, options));
}

/** The published document as served, byte for byte (for vendoring), with the same checks. */
export async function fetchDocumentBytes(url: string, options: FetchOptions = {}): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  let response: Response;
  let body: Uint8Array;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json, application/yaml, application/x-yaml, text/yaml, */*;q=0.5" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The signal covers the body too: a server that sends its headers and then stalls fails the same way.
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const timedOut = (error as Error).name === "TimeoutError";
    const reason = timedOut
      ? `no complete answer within ${timeoutMs / 1000} s`
      : (cause?.code ?? cause?.message ?? (error as Error).message);
    const advice = timedOut || networkCodes.test(cause?.code ?? "") ? `\n${networkAdvice(new URL(url).host)}` : "";
    throw new DocumentSourceError(url, `cannot be fetched (${reason})${advice}`);
  }
  if (!response.ok) {
    throw new DocumentSourceError(url, `answered HTTP ${response.status} ${response.statusText}`.trim());
  }
  const type = response.headers.get("content-type") ?? "";
  if (/text\/html/i.test(type)) {
    throw new DocumentSourceError(
      url,
      `answered an HTML page (content-type ${type}), not an OpenAPI document: has it moved?`,
    );
  }
  return body;
}
