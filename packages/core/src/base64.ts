// base64 with the web platform's btoa/atob (Node >= 16 and browsers), so browser entries need no
// Buffer. Uint8Array.prototype.toBase64 would do it natively but is missing from Node 20.

/** The base64 of `bytes` (standard alphabet, padded). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // String.fromCharCode takes its bytes as arguments: keep the count bounded.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of standard, padded base64 (atob's rules: whitespace ignored, anything else invalid throws). */
export const base64ToBytes = (base64: string): Uint8Array =>
  Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
