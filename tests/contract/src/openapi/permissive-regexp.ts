// The regular-expression engine the schema validator compiles `pattern`s with. JSON Schema asks
// for ECMA-262 with the `u` flag, but many published patterns were written for engines without it
// (`[\w-.]`, `\/` and `\-` escapes are syntax errors under `u`): such a pattern is compiled without
// the flag, which is how the document's authors and most servers read it.
import type { RegExpEngine } from "ajv/dist/types/index.js";

export const permissiveRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      return new RegExp(pattern, flags.replace("u", ""));
    }
  },
  // For ajv's standalone code, which the suite does not generate.
  { code: "new RegExp" },
);
