// How two media types relate when one replaces the other: `application/problem+json` →
// `application/json` (RFC 6839 structured syntax suffix), `image/png` → `image/*` or → `*/*` name
// the same bodies more broadly (generalized); the reverse names them more narrowly (specialized).

export type MediaTypeRelation = "generalized" | "specialized" | "unrelated";

function essence(mediaType: string): { type: string; subtype: string } {
  const [type = "", subtype = ""] = (mediaType.split(";")[0] ?? "").trim().toLowerCase().split("/");
  return { type, subtype };
}

/** Whether every body of media type `narrow` is also one of `broad`. */
function includes(broad: string, narrow: string): boolean {
  const [a, b] = [essence(broad), essence(narrow)];
  if (a.type === "*" && a.subtype === "*") return true;
  if (a.type !== b.type) return false;
  if (a.subtype === "*") return true;
  const suffix = /\+([^+]+)$/.exec(b.subtype)?.[1];
  return suffix !== undefined && a.subtype === suffix;
}

export function mediaTypeRelation(before: string, after: string): MediaTypeRelation {
  if (includes(after, before)) return "generalized";
  if (includes(before, after)) return "specialized";
  return "unrelated";
}
