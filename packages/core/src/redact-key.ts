/** Replaces every occurrence of the API key, e.g. in an error body a server echoed it into. */
export function redactKey(text: string, apiKey: string): string {
  return text.includes(apiKey) ? text.split(apiKey).join("[redacted]") : text;
}

/** The response headers, copied with the key redacted if a server echoed it into one. */
export function redactHeaders(headers: Headers, apiKey: string): Headers {
  let echoed = false;
  headers.forEach((value) => {
    echoed ||= value.includes(apiKey);
  });
  if (!echoed) return headers;
  const copy = new Headers();
  headers.forEach((value, name) => {
    copy.append(name, redactKey(value, apiKey));
  });
  return copy;
}
