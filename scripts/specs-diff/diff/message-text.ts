// How values read in change messages.
import { isObject } from "../../pipeline/json-ref.ts";

/** A value as inline code: strings as they are, anything else as JSON. */
export function code(value: unknown): string {
  return `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
}

/** Which value a `{change}` in a message shows: "`x` added", "`x` removed", "changed from `x` to `y`". */
export function changeText(before: unknown, after: unknown): string {
  if (before === undefined) return `${code(after)} added`;
  if (after === undefined) return `${code(before)} removed`;
  return `changed from ${code(before)} to ${code(after)}`;
}

/** A value of a key no rule models, short enough for one line. */
export function valueSummary(value: unknown): string {
  if (value === undefined) return "absent";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${isObject(value) ? "{…}" : `${text.slice(0, 57)}…`}` : text;
}
