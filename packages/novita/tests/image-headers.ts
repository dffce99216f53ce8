// Minimal image headers of given dimensions, written from each format's specification, so the
// limit checks can be exercised without shipping large images.

function bytes(length: number): { data: Uint8Array; view: DataView } {
  const data = new Uint8Array(length);
  return { data, view: new DataView(data.buffer) };
}
const ascii = (data: Uint8Array, at: number, text: string) =>
  data.set(
    [...text].map((c) => c.charCodeAt(0)),
    at,
  );

export function pngHeader(width: number, height: number): Uint8Array {
  const { data, view } = bytes(33);
  data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  view.setUint32(8, 13);
  ascii(data, 12, "IHDR");
  view.setUint32(16, width);
  view.setUint32(20, height);
  data.set([8, 6, 0, 0, 0], 24);
  return data;
}

export function gifHeader(width: number, height: number): Uint8Array {
  const { data, view } = bytes(13);
  ascii(data, 0, "GIF89a");
  view.setUint16(6, width, true);
  view.setUint16(8, height, true);
  return data;
}

/** SOI, an APP0 (JFIF) segment, then a baseline SOF0 frame header. */
export function jpegHeader(width: number, height: number): Uint8Array {
  const { data, view } = bytes(2 + 18 + 19);
  data.set([0xff, 0xd8, 0xff, 0xe0]);
  view.setUint16(4, 16);
  ascii(data, 6, "JFIF\0");
  data.set([0xff, 0xc0], 20);
  view.setUint16(22, 17);
  data[24] = 8; // precision
  view.setUint16(25, height);
  view.setUint16(27, width);
  return data;
}

function riff(chunk: string, payload: Uint8Array): Uint8Array {
  const { data, view } = bytes(20 + payload.length);
  ascii(data, 0, "RIFF");
  view.setUint32(4, 12 + payload.length, true);
  ascii(data, 8, "WEBP");
  ascii(data, 12, chunk);
  view.setUint32(16, payload.length, true);
  data.set(payload, 20);
  return data;
}

export function webpLossyHeader(width: number, height: number): Uint8Array {
  const { data, view } = bytes(10);
  data.set([0x9d, 0x01, 0x2a], 3); // start code after the 3-byte frame tag
  view.setUint16(6, width, true);
  view.setUint16(8, height, true);
  return riff("VP8 ", data);
}

export function webpLosslessHeader(width: number, height: number): Uint8Array {
  const { data, view } = bytes(5);
  data[0] = 0x2f;
  view.setUint32(1, ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), true);
  return riff("VP8L", data);
}

export function webpExtendedHeader(width: number, height: number): Uint8Array {
  const { data } = bytes(10);
  const w = width - 1;
  const h = height - 1;
  data.set([w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff], 4);
  return riff("VP8X", data);
}
