// The fast-check arbitraries of the redaction property tests (the client's in core, the recorder's in
// tests/contract): random API keys, short ones and common words included, and JSON bodies made of
// words such a key could stand inside ("need_upgrade" holds "e", "INVALID_API_KEY" holds "API"), so
// a redactor that replaces inside words, or misses a whole one, is found.
import fc from "fast-check";

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Keys a redactor could mistake for ordinary text: single letters, common words, numbers, JSON literals. */
const shortKeys = ["e", "k", "data", "API", "403", "false", "true", "null", "error", "id", "7", "sk", "key"];

/** A random API key: one of the short ones, or up to `maxLength` key characters. */
export const randomApiKey = (maxLength = 32): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...shortKeys), fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{1,${maxLength}}$`)));

const words = fc.constantFrom("need_upgrade", "INVALID_API_KEY", "data", "error", "false", "403", "e", "k", "ok");

/** A few of those words, joined as error messages and codes join them. */
export const wordText: fc.Arbitrary<string> = fc
  .tuple(fc.array(words, { maxLength: 4 }), fc.constantFrom(" ", "_", "-", ""))
  .map(([parts, separator]) => parts.join(separator));

/** A small JSON value whose strings and property names are those words. */
export const wordJson: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.boolean(),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constant(null),
    wordText,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("data", "error", "message", "e", "k", "403", "API"), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** Whether `secret` stands in `view` as a whole word (not inside a longer run of letters, digits, `_`, `-`). */
export const standsIn = (view: string, secret: string): boolean =>
  new RegExp(`(?<![A-Za-z0-9_-])${secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_-])`).test(view);
