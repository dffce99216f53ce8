// A fetch that passes every request through to the real one (Prism on loopback) and keeps a copy
// of each response, so a test can check every body the client received against the document.
import type { ReceivedResponse } from "./openapi/response-validator.ts";

export interface ReceivedExchange extends ReceivedResponse {
  requestHeaders: Headers;
  responseHeaders: Headers;
}

export interface ExchangeRecorder {
  fetch: typeof fetch;
  exchanges: ReceivedExchange[];
}

export function recordExchanges(): ExchangeRecorder {
  const exchanges: ReceivedExchange[] = [];
  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await fetch(request);
    exchanges.push({
      method: request.method,
      url: request.url,
      requestHeaders: request.headers,
      status: response.status,
      contentType: response.headers.get("content-type"),
      responseHeaders: response.headers,
      body: await response.clone().text(),
    });
    return response;
  };
  return { fetch: recordingFetch as typeof fetch, exchanges };
}
