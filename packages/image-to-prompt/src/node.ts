// The Node entry (`@image-sdk/image-to-prompt/node`): describeImage also takes a file path. Kept out
// of the main entry so browser bundles never see node:fs.
import { readImageFile } from "@image-sdk/core/internal/node";
import { type DescribeImageOptions, describeSource, type ImagePrompt } from "./describe-image.ts";
import { type ImageInput, type ImageSource, isFilePath, toImageSource } from "./image-input.ts";

export * from "./index.ts";

/**
 * As the main entry's describeImage; a string that is not an http(s) or data: URL is a file path.
 * The file is read before any provider is asked: a file that cannot be read is one
 * InvalidInputError naming it, not a failure per provider.
 */
export async function describeImage(image: ImageInput, options: DescribeImageOptions = {}): Promise<ImagePrompt> {
  const source = isFilePath(image) ? await readFileSource(image, options.signal) : toImageSource(image);
  return describeSource(source, options);
}

async function readFileSource(path: string, signal: AbortSignal | undefined): Promise<ImageSource> {
  const bytes = await readImageFile(path, {
    signal,
    message: (problem) => `cannot read the image file ${path}: it ${problem}`,
  });
  return { label: path, bytes: () => Promise.resolve(bytes) };
}
