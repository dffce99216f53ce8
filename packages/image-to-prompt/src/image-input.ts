import { InvalidInputError } from "@image-sdk/core";
import { imageBytes, isDataUrl, isHttpUrl, unsupportedImage } from "@image-sdk/core/internal";
import { downloadImage, type ReadOptions } from "./download-image.ts";

/** What `describeImage` takes: an http(s) or data: URL, bytes (Uint8Array/Buffer, ArrayBuffer), or a Blob. */
export type ImageInput = string | Uint8Array | ArrayBuffer | Blob;

/** An image as the providers need it: its http(s) URL when it is one, and its bytes on demand. */
export interface ImageSource {
  /** How messages name the image: the URL, the file path, or what kind of value it was. */
  label: string;
  /** Set when the image is an http(s) URL, which Flamel and Freepik take as it is. */
  url?: string;
  /** The bytes, read (or downloaded) once however many providers ask. */
  bytes(options: ReadOptions): Promise<Uint8Array>;
}

/** Reads `read` at most once: a fallback from Freepik to Novita must not download the image twice. */
function once(read: (options: ReadOptions) => Promise<Uint8Array>): ImageSource["bytes"] {
  let pending: Promise<Uint8Array> | undefined;
  return (options) => {
    pending ??= read(options);
    // A failed read (e.g. aborted) may be tried again by a later call.
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}

/** A string that is neither an http(s) nor a data: URL: the Node entry reads it as a file path. */
export const isFilePath = (image: ImageInput): image is string =>
  typeof image === "string" && !isHttpUrl(image) && !isDataUrl(image);

/** The image source for `image`; a string must be an http(s) or data: URL. */
export function toImageSource(image: ImageInput): ImageSource {
  if (typeof image === "string") {
    if (isHttpUrl(image)) return { label: image, url: image, bytes: once((options) => downloadImage(image, options)) };
    if (isDataUrl(image)) return { label: "the data: URL", bytes: once((options) => downloadImage(image, options)) };
    throw new InvalidInputError(
      `"${image.slice(0, 60)}" is not an http(s) or data: URL; to describe a file by its path, import describeImage from @image-sdk/image-to-prompt/node.`,
    );
  }
  if (image instanceof Uint8Array) {
    return { label: `the image (${image.length} bytes)`, bytes: () => Promise.resolve(image) };
  }
  if (image instanceof ArrayBuffer) {
    return { label: `the image (${image.byteLength} bytes)`, bytes: () => Promise.resolve(new Uint8Array(image)) };
  }
  if (typeof Blob !== "undefined" && image instanceof Blob) {
    return {
      label: `the Blob (${image.size} bytes)`,
      bytes: once(() => imageBytes(image)),
    };
  }
  throw unsupportedImage(image, "a URL, a Uint8Array/Buffer, an ArrayBuffer or a Blob");
}
