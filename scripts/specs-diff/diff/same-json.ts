/** Whether two values are the same JSON (key order counts, as in the documents compared). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
