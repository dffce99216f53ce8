import { createFlamelClient, type FlamelClientOptions, InvalidInputError } from "@image-sdk/flamel";
import { type ProviderAdapter, withTimeout } from "./provider-adapter.ts";

/** Flamel's imageToPrompt takes an image URL only; its API documents no upload. */
export const flamel: ProviderAdapter<FlamelClientOptions> = {
  displayName: "Flamel",
  async describe(image, { options, signal, timeout }) {
    if (image.url === undefined) {
      throw new InvalidInputError(
        `Flamel: takes an image URL only (its API documents no upload), not ${image.label}; pass an http(s) URL, or a provider that takes bytes (freepik, novita).`,
      );
    }
    const client = createFlamelClient(withTimeout(options, timeout));
    const { data: caption, requestId } = await client.imageToPrompt(image.url, { signal }).withResponse();
    return {
      prompt: caption.captionPrompt,
      ...(caption.captionTPrompt === undefined ? {} : { translatedPrompt: caption.captionTPrompt }),
      ...(requestId === undefined ? {} : { requestId }),
      raw: caption,
    };
  },
};
