// Keeps credentials out of everything an error carries. Redaction works on values, never on text
// that is parsed afterwards (a key like "false" or "data" replaced inside JSON text corrupts it),
// and only where a secret stands as a whole word: not inside a longer run of letters, digits,
// `_` or `-`. Real keys are long random words, so an echoed key is always caught; a short test key
// such as "e" or "API" leaves "need_upgrade" and "INVALID_API_KEY" as they are.

export type Redact = <T>(value: T) => T;

const word = "[A-Za-z0-9_-]";
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A redactor for `secrets` (empty ones ignored); the identity when there are none. */
export function redactorFor(secrets: readonly (string | undefined)[]): Redact {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    forms.add(secret);
    // As it appears in a URL's query string, when encoding changes it.
    forms.add(encodeURIComponent(secret));
    // As it appears in JSON text (a debug log line shows a body as text), `"` and `\` escaped.
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  if (!forms.size) return (value) => value;
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<!${word})(?:${alternatives.join("|")})(?!${word})`, "g");
  const text = (value: string) => value.replace(pattern, "[redacted]");
  const redact = (value: unknown, seen: Set<object>): unknown => {
    if (typeof value === "string") return text(value);
    if (value === null || typeof value !== "object" || seen.has(value)) return value;
    seen.add(value);
    if (value instanceof Headers) {
      const copy = new Headers();
      value.forEach((item, name) => {
        copy.append(name, text(item));
      });
      return copy;
    }
    if (Array.isArray(value)) return value.map((item) => redact(item, seen));
    if (Object.getPrototypeOf(value) !== Object.prototype) return value; // Blob, Date, …: left whole
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = redact(item, seen);
    return copy;
  };
  return (value) => redact(value, new Set()) as typeof value;
}
