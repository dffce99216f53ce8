import { DocumentSourceError } from "./source-error.ts";

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Long enough for a slow docs site, short enough that a scheduled job does not hang. */
const timeoutMs = 30_000;

/**
 * Fetches a published document's text. A failed connection, an HTTP error or an HTML page (a
 * docs site's "not found" page often answers 200) is an error naming the URL, never an empty body.
 */
export async function fetchDocumentText(url: string): Promise<string> {
  return new TextDecoder().decode(await fetchDocumentBytes(url));
}

/** The published document as served, byte for byte (for vendoring), with the same checks. */
export async function fetchDocumentBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json, application/yaml, application/x-yaml, text/yaml, */*;q=0.5" },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason =
      (error as Error).name === "TimeoutError"
        ? `no answer within ${timeoutMs / 1000} s`
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new DocumentSourceError(url, `cannot be fetched (${reason})`);
  }
  const body = new Uint8Array(await response.arrayBuffer());
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
