// The Node entry (`@image-sdk/novita/node`): everything in the main entry, plus file paths as
// images. Kept out of the main entry so browser bundles never see node:fs.
import { readFile, stat } from "node:fs/promises";
import { type ClientOptions, InvalidInputError } from "@image-sdk/core";
import { createNovitaClient as createBrowserClient } from "./generated/client.ts";
import { imageToPromptWith, type NovitaClient } from "./helpers.ts";
import { encodeBytes, encodeImage, type NovitaImage, refuseUrl } from "./image-input.ts";
import { checkImageSize } from "./image-limits.ts";

// @image-sdk/core directly, not through ./index.ts: see public-api.ts.
export * from "@image-sdk/core";
export * from "./public-api.ts";

const fileProblems: Record<string, string> = {
  ENOENT: "does not exist",
  EISDIR: "is a directory, not an image file",
  EACCES: "cannot be read (permission denied)",
  EPERM: "cannot be read (permission denied)",
  ENOTDIR: "is not a path to a file (a part of it is not a directory)",
};

/** A string that is neither a data: URL nor a URL is read as a file path; fs failures become InvalidInputError. */
async function encodeImageOrFile(image: NovitaImage): Promise<string> {
  if (typeof image !== "string" || image.startsWith("data:")) return encodeImage(image);
  refuseUrl(image);
  const what = `file ${image}`;
  try {
    const info = await stat(image);
    if (info.isDirectory()) throw Object.assign(new Error(what), { code: "EISDIR" });
    checkImageSize(info.size, what); // before reading it
    return encodeBytes(await readFile(image), what);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    const code = (error as { code?: string }).code ?? "";
    throw new InvalidInputError(
      `Novita: ${what} ${fileProblems[code] ?? `cannot be read (${code || (error as Error).message})`}.`,
      {
        cause: error,
      },
    );
  }
}

/** A Novita client whose `imageToPrompt` also takes a file path. */
export function createNovitaClient(options: ClientOptions = {}): NovitaClient {
  const client = createBrowserClient(options);
  return { ...client, imageToPrompt: imageToPromptWith(client, encodeImageOrFile) };
}
