// Reads the provider's error code out of an error body. Some providers put values into the code
// text (Flamel: "no_style_with_that_id (352)"); the generated `errorTemplates` map each such code
// to its documented text with `:name` placeholders, which is matched to recover code and values.
// Only error results get here, so the patterns are built when needed rather than cached.
import type { ProviderConfig } from "./provider-config.ts";

export interface ErrorCode {
  code: string | undefined;
  params: Readonly<Record<string, string>> | undefined;
}

/** The code in `body` (undefined when the provider has no code property or the body lacks it) and its values. */
export function readErrorCode(
  body: unknown,
  { errorCodeProperty: property, errorTemplates: templates = {} }: ProviderConfig,
): ErrorCode {
  const text =
    property !== undefined && body !== null && typeof body === "object"
      ? (body as Record<string, unknown>)[property]
      : undefined;
  if (typeof text !== "string") return { code: undefined, params: undefined };
  for (const code in templates) {
    const names: string[] = [];
    // Escape the text, then turn each `:name` (untouched by the escaping) into a lazy group.
    const source = templates[code]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(
      /:([A-Za-z_]\w*)/g,
      (_, name: string) => {
        names.push(name);
        return "(.*?)";
      },
    );
    const match = names.length ? new RegExp(`^${source}$`).exec(text) : null;
    if (match) return { code, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) };
  }
  return { code: text, params: undefined };
}
