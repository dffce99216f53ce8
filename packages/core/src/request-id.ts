// The id a provider gives each request, for support tickets and log correlation. None of the
// current providers documents one, so the names are the common conventions, in order of how
// specific they are: the de-facto standard, then gateways' and clouds' own.
const requestIdHeaders = [
  "x-request-id",
  "request-id",
  "x-amzn-requestid",
  "x-amz-request-id",
  "x-correlation-id",
  "x-trace-id",
  "cf-ray",
] as const;

/** The request id in a response's headers, or undefined when the provider sent none. */
export function requestIdFrom(headers: Headers): string | undefined {
  for (const name of requestIdHeaders) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
