// base64 with the web platform's btoa (Node >= 16 and browsers), so the main entry needs no Buffer.
// The same few lines as @image-sdk/novita's (internal there); Uint8Array.prototype.toBase64 would do
// it natively but is missing from Node 20.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // String.fromCharCode takes its bytes as arguments: keep the count bounded.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
