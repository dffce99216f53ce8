// A key sent in `Authorization` after a word of the provider's (`Key <key>`, `Token <key>`,
// `DeepL-Auth-Key <key>`): OpenAPI has no field for it, so documents say it in prose. Taken from
// the overlay extension when there is one, else from the description's `<Word> <placeholder>`.
import type { JsonObject } from "./json-ref.ts";

/** The overlay extension that states the prefix, on a security scheme or a credential header parameter. */
export const authPrefixExtension = "x-image-sdk-auth-prefix";

/** A capitalised word right before a placeholder: `<key>`, `{token}`, `[KEY]`, `$API_TOKEN`, `YOUR_KEY`. */
const prefixBeforePlaceholder =
  /(?:^|[\s`"'(:])([A-Z][A-Za-z-]*) +(?:<[^>\n]+>|\{[^}\n]+\}|\[[^\]\n]+\]|\$[A-Z][A-Z_]*|YOUR[_-][A-Za-z_-]+)/;

/** The prefix of the key in `holder` (a scheme or a parameter) sent as `name`; undefined when the key is sent bare. */
export function authPrefix(holder: JsonObject, name: string): string | undefined {
  const declared = holder[authPrefixExtension];
  if (typeof declared === "string") return declared.trim() || undefined;
  if (name.toLowerCase() !== "authorization" || typeof holder.description !== "string") return undefined;
  const word = prefixBeforePlaceholder.exec(holder.description)?.[1];
  return word && word !== "Authorization" ? word : undefined;
}
