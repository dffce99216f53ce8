// Preloaded (`node --import`) into every README example run: a fetch to anything but loopback
// throws, so an example can never send traffic to a real API; the examples reach Prism through
// the <PREFIX>_BASE_URL variables.
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
    throw new Error(`README example tried to reach ${url.origin}; examples run against loopback mocks only`);
  }
  return realFetch(input, init);
};
