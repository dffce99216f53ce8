// A transport that drops some request headers on their way to the mock: how a test sends a request
// the client itself would never send (no API key, no required header the client always adds), to
// show the mock rejects it and the client reports the rejection as its typed error.
export function withoutHeaders(names: string[], transport: typeof fetch = fetch): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    for (const name of names) headers.delete(name);
    const body = request.body === null ? null : await request.arrayBuffer();
    return transport(new Request(request.url, { method: request.method, headers, body, signal: request.signal }));
  }) as typeof fetch;
}
