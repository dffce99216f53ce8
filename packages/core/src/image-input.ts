// The image inputs of helpers that take an image (bytes, a Blob, or a string that is a URL, a
// data: URL or, in a Node entry, a file path): what a string is, and what to say of a value that
// is no image. Browser-safe; reading a file path is in ./image-file.ts (`/internal/node`).
import { InvalidInputError } from "./errors.ts";

/** An http(s) URL, which a provider may fetch itself. */
export const isHttpUrl = (image: string): boolean => /^https?:\/\//i.test(image);

/** A data: URL: the image inline. */
export const isDataUrl = (image: string): boolean => /^data:/i.test(image);

/** Any `scheme://` URL (http, https, ftp, s3, …): never a file path. */
export const isSchemeUrl = (image: string): boolean => /^[a-z][a-z\d+.-]*:\/\//i.test(image);

/** The bytes of a binary image, as a Uint8Array; `checkSize` sees a Blob's size before it is read. */
export async function imageBytes(
  image: Uint8Array | ArrayBuffer | Blob,
  checkSize?: (size: number) => void,
): Promise<Uint8Array> {
  if (image instanceof Uint8Array) return image;
  if (image instanceof ArrayBuffer) return new Uint8Array(image);
  checkSize?.(image.size);
  return new Uint8Array(await image.arrayBuffer());
}

/** Whether `image` is bytes or a Blob (Blob is missing from some runtimes). */
export const isBinaryImage = (image: unknown): image is Uint8Array | ArrayBuffer | Blob =>
  image instanceof Uint8Array || image instanceof ArrayBuffer || (typeof Blob !== "undefined" && image instanceof Blob);

/** The error for a value that is no image: `${prefix}unsupported image [object …]; pass ${accepted}.` */
export const unsupportedImage = (image: unknown, accepted: string, prefix = ""): InvalidInputError =>
  new InvalidInputError(`${prefix}unsupported image ${Object.prototype.toString.call(image)}; pass ${accepted}.`);
