import { sniffMediaType, unexpectedResponse } from "@image-sdk/core/internal";
import { type ClientOptions, createIdeogramClient, InvalidInputError, toFile } from "@image-sdk/ideogram";
import { type ProviderAdapter, withTimeout } from "./provider-adapter.ts";

// Ideogram's document: `image_file` is "An image binary (max size 10MB); only JPEG, WebP and PNG
// formats are supported". Checked here so an image it would refuse is not sent (a refusal after
// sending is a 400, which describeImage may not fall back from).
const maxBytes = 10 * 1024 * 1024;
const formats = ["image/jpeg", "image/png", "image/webp"];
const path = "/describe";

/** Ideogram's `POST /describe` takes the image file only: a URL is downloaded first (with the call's timeout and signal). */
export const ideogram: ProviderAdapter<ClientOptions> = {
  displayName: "Ideogram",
  async describe(image, { options, signal, timeout }) {
    const bytes = await image.bytes({ signal, timeout: options.timeout ?? timeout });
    if (bytes.length > maxBytes)
      throw new InvalidInputError(`Ideogram: ${image.label} is ${bytes.length} bytes; it takes at most 10 MB.`);
    const type = sniffMediaType(bytes);
    if (type === undefined || !formats.includes(type))
      throw new InvalidInputError(
        `Ideogram: ${image.label} is ${type ?? "no image format it recognises"}; it takes JPEG, PNG or WebP only.`,
      );
    const client = createIdeogramClient(withTimeout(options, timeout));
    const result = await client.POST(path, { body: { image_file: await toFile(bytes, { type }) }, signal });
    if (result.error) throw result.error;
    const text = result.data.descriptions?.[0]?.text;
    if (typeof text !== "string")
      throw unexpectedResponse(result, "POST", path, "has no descriptions[0].text", result.data);
    return {
      prompt: text,
      ...(result.requestId === undefined ? {} : { requestId: result.requestId }),
      raw: result.data,
    };
  },
};
