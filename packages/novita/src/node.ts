// The Node entry (`@image-sdk/novita/node`): everything in the main entry, plus file paths as
// images. Kept out of the main entry so browser bundles never see node:fs.
import { readFile, stat } from "node:fs/promises";
import type { ClientOptions } from "@image-sdk/core";
import { createClientWithEncoder, type NovitaClient } from "./client.ts";
import { encodeBytes, encodeImage, type NovitaImage } from "./image-input.ts";
import { checkImageSize } from "./image-limits.ts";

export * from "./index.ts";

/** A string that is not a data: URL is read as a file path. */
async function encodeImageOrFile(image: NovitaImage): Promise<string> {
  if (typeof image !== "string" || image.startsWith("data:")) return encodeImage(image);
  const what = `file ${image}`;
  checkImageSize((await stat(image)).size, what); // before reading it
  return encodeBytes(await readFile(image), what);
}

/** A Novita client whose `imageToPrompt` also takes a file path. */
export function createNovitaClient(options: ClientOptions = {}): NovitaClient {
  return createClientWithEncoder(options, encodeImageOrFile);
}
