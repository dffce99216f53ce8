import { type ClientOptions, createNovitaClient } from "@image-sdk/novita";
import { type ProviderAdapter, withTimeout } from "./provider-adapter.ts";

/** Novita takes base64 only: a URL is downloaded first (with the call's timeout and signal). */
export const novita: ProviderAdapter<ClientOptions> = {
  displayName: "Novita",
  async describe(image, { options, signal, timeout }) {
    const bytes = await image.bytes({ signal, timeout: options.timeout ?? timeout });
    const client = createNovitaClient(withTimeout(options, timeout));
    // Novita checks its own limits (30 MB, 2048×2048) and throws InvalidInputError before sending.
    const { data: prompt, requestId } = await client.imageToPrompt(bytes, { signal }).withResponse();
    return { prompt, ...(requestId === undefined ? {} : { requestId }), raw: prompt };
  },
};
