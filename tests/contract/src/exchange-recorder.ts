// A fetch that passes every request through to the real one (Prism on loopback) and keeps a copy
// of each response, so a test can check every body the client received against the document.
import type { ReceivedResponse } from "./openapi/schema-validator.ts";

export interface ReceivedExchange extends ReceivedResponse {
  /** The request body as sent ("" when there is none). */
  requestBody: string;
  responseHeaders: Headers;
}

export interface ExchangeRecorder {
  fetch: typeof fetch;
  exchanges: ReceivedExchange[];
}

/** Records what passes through `transport` (the global fetch unless a test needs another). */
export function recordExchanges(transport: typeof fetch = fetch): ExchangeRecorder {
  const exchanges: ReceivedExchange[] = [];
  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const requestBody = await request.clone().text();
    const response = await transport(request);
    exchanges.push({
      method: request.method,
      url: request.url,
      requestBody,
      status: response.status,
      contentType: response.headers.get("content-type"),
      responseHeaders: response.headers,
      body: await response.clone().text(),
    });
    return response;
  };
  return { fetch: recordingFetch as typeof fetch, exchanges };
}
