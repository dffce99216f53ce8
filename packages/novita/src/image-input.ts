import { InvalidInputError } from "@image-sdk/core";
import {
  base64ToBytes,
  bytesToBase64,
  imageBytes,
  isBinaryImage,
  isSchemeUrl,
  unsupportedImage,
} from "@image-sdk/core/internal";
import { checkImageDimensions, checkImageSize } from "./image-limits.ts";

/**
 * An image for Novita: bytes (Uint8Array, Buffer, ArrayBuffer), a Blob/File, or a base64 data: URL
 * (or a file path, with the client from `@image-sdk/novita/node`).
 */
export type NovitaImage = Uint8Array | ArrayBuffer | Blob | string;

const theImage = "the image";
const invalid = (problem: string) => new InvalidInputError(`Novita: ${problem}`);

/** Checks an image against Novita's limits and returns its base64, as `image_file` takes it. */
export async function encodeImage(image: NovitaImage): Promise<string> {
  if (typeof image === "string") return encodeDataUrl(image);
  if (!isBinaryImage(image))
    throw unsupportedImage(image, "a Uint8Array/Buffer, ArrayBuffer, Blob or data: URL", "Novita: ");
  // A Blob's size is checked before it is read.
  return encodeBytes(await imageBytes(image, (size) => checkImageSize(size, theImage)), theImage);
}

export function encodeBytes(bytes: Uint8Array, what: string): string {
  checkImageSize(bytes.length, what);
  checkImageDimensions(bytes, what);
  return bytesToBase64(bytes);
}

/** A URL string is not an image: Novita takes the bytes, and fetching is the caller's choice to make. */
export function refuseUrl(image: string): void {
  if (isSchemeUrl(image)) {
    throw invalid(
      `image_file takes the image itself, not a URL (got "${image.slice(0, 60)}${image.length > 60 ? "…" : ""}"); ` +
        "fetch it first and pass the bytes: `new Uint8Array(await (await fetch(url)).arrayBuffer())` or a Blob.",
    );
  }
}

function encodeDataUrl(url: string): string {
  refuseUrl(url);
  const match = /^data:([^,]*),/.exec(url);
  if (!match) {
    throw invalid(
      `a string image must be a data: URL ("data:image/png;base64,…"), got "${url.slice(0, 40)}${url.length > 40 ? "…" : ""}"; ` +
        "to send a file by path, import createNovitaClient from @image-sdk/novita/node.",
    );
  }
  if (!/;base64$/i.test(match[1]!))
    throw invalid('the data: URL is not base64-encoded (expected ";base64," before the data).');
  const base64 = url.slice(match[0].length).replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw invalid("the data: URL's data is not valid base64.");
  // The decoded size, without decoding: 3 bytes per 4 characters before the padding.
  const padding = base64.indexOf("=");
  checkImageSize(Math.floor(((padding < 0 ? base64.length : padding) * 3) / 4), theImage);
  // Enough base64 to hold any of the four formats' headers, JPEG's after a large EXIF block included.
  const head = base64.slice(0, 4 * 32 * 1024);
  checkImageDimensions(base64ToBytes(head.slice(0, head.length - (head.length % 4))), theImage);
  return base64;
}
