// Novita's helper over the generated client (src/generated/client.ts): imageToPrompt, with the
// image checked against Novita's limits and encoded before anything is sent.
import type { ApiClient, ApiPromise, RequestOptions } from "@image-sdk/core";
import { helperPromise, unexpectedResponse } from "@image-sdk/core/internal";
import type { NovitaApiError } from "./generated/api-error.ts";
import type { paths } from "./generated/openapi.ts";
import { encodeImage, type NovitaImage } from "./image-input.ts";

export interface NovitaClient extends ApiClient<paths, NovitaApiError> {
  /**
   * Returns a prompt describing `image`. The image is checked against Novita's limits (30 MB,
   * 2048×2048) before anything is sent: InvalidInputError. Then throws NovitaApiError and
   * transport errors. Each call is billed, so it is re-sent only when the failure proves it was
   * not processed. `.withResponse()` also gives the response and request id.
   */
  imageToPrompt(image: NovitaImage, options?: RequestOptions): ApiPromise<string>;
}

const path = "/v3/img2prompt";

/** imageToPrompt, with how image inputs become base64 left to the entry (browser-safe or Node). */
export function imageToPromptWith(
  client: ApiClient<paths, NovitaApiError>,
  encode: (image: NovitaImage) => Promise<string>,
): NovitaClient["imageToPrompt"] {
  return (image, requestOptions = {}) => {
    const call = encode(image).then((encoded) =>
      client.POST(path, { body: { image_file: encoded }, ...requestOptions }),
    );
    return helperPromise(call, (data, result) => {
      if (typeof data.prompt !== "string") throw unexpectedResponse(result, "POST", path, "has no prompt", data);
      return data.prompt;
    });
  };
}

/** The browser-safe helpers: images as bytes, Blobs or data: URLs (the Node entry adds file paths). */
export function withHelpers(client: ApiClient<paths, NovitaApiError>): NovitaClient {
  return { ...client, imageToPrompt: imageToPromptWith(client, encodeImage) };
}
