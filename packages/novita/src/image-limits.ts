import { InvalidInputError } from "@image-sdk/core";
import { readDimensions } from "./image-dimensions.ts";

/** Novita's documented limits (of the image itself, before base64). */
export const maxImageBytes = 30 * 1024 * 1024;
export const maxImageSide = 2048;

const describeSize = (bytes: number) => `${bytes} bytes (${Number((bytes / (1024 * 1024)).toFixed(1))} MB)`;

/** Throws InvalidInputError when the image is over 30 MB; `what` names it ("the image", "file ./a.png"). */
export function checkImageSize(size: number, what: string): void {
  if (size > maxImageBytes) {
    throw new InvalidInputError(
      `Novita: ${what} is ${describeSize(size)}; the API accepts at most ${describeSize(maxImageBytes)}.`,
    );
  }
}

/** Throws InvalidInputError when the header shows more than 2048×2048; unknown formats pass (the API decides). */
export function checkImageDimensions(header: Uint8Array, what: string): void {
  const [format, width, height] = readDimensions(header) ?? [];
  if (width! > maxImageSide || height! > maxImageSide) {
    throw new InvalidInputError(
      `Novita: ${what} is ${width}×${height} (${format}); the API accepts at most ${maxImageSide}×${maxImageSide}.`,
    );
  }
}
