// Width and height from the first bytes of a PNG, GIF, WebP or JPEG, so an oversized image is
// refused before it is uploaded. Hand-written because a client may depend only on openapi-fetch
// and @image-sdk/core; each format's header is a few fixed offsets (JPEG: a walk over segments).

export interface ImageDimensions {
  format: "PNG" | "GIF" | "WebP" | "JPEG";
  width: number;
  height: number;
}

/** The dimensions, or undefined when the format is none of the four or the header is not in `bytes`. */
export function readDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

  if (bytes.length >= 24 && ascii(1, 3) === "PNG" && ascii(12, 4) === "IHDR") {
    return { format: "PNG", width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 10 && (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a")) {
    return { format: "GIF", width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (bytes.length >= 16 && ascii(0, 4) === "RIFF" && ascii(8, 4) === "WEBP") {
    return webpDimensions(view, ascii(12, 4));
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    return jpegDimensions(bytes, view);
  }
  return undefined;
}

function webpDimensions(view: DataView, chunk: string): ImageDimensions | undefined {
  if (view.byteLength < (chunk === "VP8L" ? 25 : 30)) return undefined;
  switch (chunk) {
    case "VP8 ": // lossy: 14-bit sizes after the frame tag and start code
      return { format: "WebP", width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    case "VP8L": {
      // lossless: after the 0x2f signature, 14 bits width−1 then 14 bits height−1
      const bits = view.getUint32(21, true);
      return { format: "WebP", width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    case "VP8X": // extended: 24-bit canvas width−1 and height−1
      return {
        format: "WebP",
        width: (view.getUint16(24, true) | (view.getUint8(26) << 16)) + 1,
        height: (view.getUint16(27, true) | (view.getUint8(29) << 16)) + 1,
      };
    default:
      return undefined;
  }
}

/** SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegDimensions(bytes: Uint8Array, view: DataView): ImageDimensions | undefined {
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined; // not at a marker: corrupt or not JPEG
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      offset += 2; // markers without a length field
      continue;
    }
    if (isStartOfFrame(marker)) {
      return { format: "JPEG", height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}
