// The Node entry (`@image-sdk/novita/node`): everything in the main entry, plus file paths as
// images. Kept out of the main entry so browser bundles never see node:fs.
import type { ClientOptions } from "@image-sdk/core";
import { isDataUrl } from "@image-sdk/core/internal";
import { readImageFile } from "@image-sdk/core/internal/node";
import { createNovitaClient as createBrowserClient } from "./generated/client.ts";
import { imageToPromptWith, type NovitaClient } from "./helpers.ts";
import { encodeBytes, encodeImage, type NovitaImage, refuseUrl } from "./image-input.ts";
import { checkImageSize } from "./image-limits.ts";

// @image-sdk/core directly, not through ./index.ts: see public-api.ts.
export * from "@image-sdk/core";
export * from "./public-api.ts";

/** A string that is neither a data: URL nor a URL is read as a file path; fs failures become InvalidInputError. */
async function encodeImageOrFile(image: NovitaImage): Promise<string> {
  if (typeof image !== "string" || isDataUrl(image)) return encodeImage(image);
  refuseUrl(image);
  const what = `file ${image}`;
  const bytes = await readImageFile(image, {
    checkSize: (size) => checkImageSize(size, what),
    message: (problem) => `Novita: ${what} ${problem}.`,
  });
  return encodeBytes(bytes, what);
}

/** A Novita client whose `imageToPrompt` also takes a file path. */
export function createNovitaClient(options: ClientOptions = {}): NovitaClient {
  const client = createBrowserClient(options);
  return { ...client, imageToPrompt: imageToPromptWith(client, encodeImageOrFile) };
}
