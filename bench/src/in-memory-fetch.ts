/**
 * A fetch that answers every request at once with the same JSON response, in memory: with the
 * network gone, what a client costs per call is all that is left to measure. Every call gets a
 * fresh Response, since a body can be read only once.
 */
export function createInMemoryFetch(responseText: string): typeof fetch {
  const init: ResponseInit = { status: 200, headers: { "content-type": "application/json" } };
  return async () => new Response(responseText, init);
}
