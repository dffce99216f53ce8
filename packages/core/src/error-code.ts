// Reads the provider's error code out of an error body. Some providers put values into the code
// text (Flamel: "no_style_with_that_id (352)"); the generated `errorTemplates` map each such code
// to its documented text with `:name` placeholders, which is matched to recover code and values.

export interface ErrorCodeSource {
  /** The body property holding the code (generated `errorCodeProperty`). */
  property: string;
  /** Code → documented text with `:name` placeholders (generated `errorTemplates`). */
  templates: Readonly<Record<string, string>>;
}

interface CompiledTemplate {
  code: string;
  pattern: RegExp;
  names: string[];
}

const compiled = new WeakMap<object, CompiledTemplate[]>();

function compile(templates: Readonly<Record<string, string>>): CompiledTemplate[] {
  let list = compiled.get(templates);
  if (!list) {
    list = Object.entries(templates).map(([code, template]) => {
      const names: string[] = [];
      const source = template
        .split(/:([A-Za-z_]\w*)/)
        .map((part, i) => {
          if (i % 2 === 1) {
            names.push(part);
            return "(.*?)";
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
        .join("");
      return { code, pattern: new RegExp(`^${source}$`), names };
    });
    compiled.set(templates, list);
  }
  return list;
}

export interface ErrorCode {
  code: string | undefined;
  params: Readonly<Record<string, string>> | undefined;
}

/** The code in `body` (undefined when the body is not an object carrying one) and its values. */
export function readErrorCode(body: unknown, source: ErrorCodeSource): ErrorCode {
  const text = body !== null && typeof body === "object" ? (body as Record<string, unknown>)[source.property] : undefined;
  if (typeof text !== "string") return { code: undefined, params: undefined };
  for (const { code, pattern, names } of compile(source.templates)) {
    if (names.length === 0) continue;
    const match = pattern.exec(text);
    if (match) {
      const params: Record<string, string> = {};
      names.forEach((name, i) => (params[name] = match[i + 1]!));
      return { code, params };
    }
  }
  return { code: text, params: undefined };
}
