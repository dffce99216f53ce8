/** Replaces every occurrence of the API key, e.g. in an error body a server echoed it into. */
export function redactKey(text: string, apiKey: string): string {
  return text.includes(apiKey) ? text.split(apiKey).join("[redacted]") : text;
}
