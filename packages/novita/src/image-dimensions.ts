// Width and height from the first bytes of a PNG, GIF, WebP or JPEG, so an oversized image is
// refused before it is uploaded. Hand-written because a client may depend only on
// @image-sdk/core; each format's header is a few fixed offsets (JPEG: a walk over segments).
// A header cut short makes a read throw RangeError, which means "unknown" like any other format.

/** Format, width and height. */
export type ImageDimensions = [format: "PNG" | "GIF" | "WebP" | "JPEG", width: number, height: number];

/** The dimensions, or undefined when the format is none of the four or the header is not in `bytes`. */
export function readDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (offset: number) => view.getUint16(offset, true);
  // Latin-1 text of the first 16 bytes: the signatures below are all in it.
  const head = String.fromCharCode(...bytes.subarray(0, 16));
  try {
    if (/^.PNG.{8}IHDR/s.test(head)) return ["PNG", view.getUint32(16), view.getUint32(20)];
    if (/^GIF8[79]a/.test(head)) return ["GIF", u16(6), u16(8)];
    if (/^RIFF.{4}WEBPVP8 /s.test(head)) return ["WebP", u16(26) & 0x3fff, u16(28) & 0x3fff]; // lossy: 14-bit sizes
    if (/^RIFF.{4}WEBPVP8L/s.test(head)) {
      // lossless: after the 0x2f signature, 14 bits width−1 then 14 bits height−1
      const bits = view.getUint32(21, true);
      return ["WebP", (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1];
    }
    // extended: 24-bit canvas width−1 and height−1
    if (/^RIFF.{4}WEBPVP8X/s.test(head))
      return ["WebP", (u16(24) | (bytes[26]! << 16)) + 1, (u16(27) | (view.getUint8(29) << 16)) + 1];
    if (/^\xff\xd8/.test(head)) return jpegDimensions(bytes, view);
  } catch {
    // RangeError: the header is cut short
  }
  return undefined;
}

function jpegDimensions(bytes: Uint8Array, view: DataView): ImageDimensions | undefined {
  for (let offset = 2; bytes[offset] === 0xff; ) {
    const marker = bytes[offset + 1]!;
    // SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >> 4 === 0xc && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return ["JPEG", view.getUint16(offset + 7), view.getUint16(offset + 5)];
    }
    // A fill byte (FF), or a marker without a length field (01, D0–D9), or a segment to skip.
    offset +=
      marker === 0xff ? 1 : marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9) ? 2 : 2 + view.getUint16(offset + 2);
  }
  return undefined; // not at a marker: corrupt, cut short or not JPEG
}
