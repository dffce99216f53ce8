import type { ApiClient, ApiErrorOf, ApiPromise, ClientOptions, RequestOptions } from "@image-sdk/core";
import { apiErrorGuard, createApiClient, helperPromise, identify, unexpectedResponse } from "@image-sdk/core/internal";
import { name, version } from "../package.json";
import type { ErrorCodes } from "./generated/errors.ts";
import type { paths } from "./generated/openapi.ts";
import { provider as documented } from "./generated/provider.ts";
import { encodeImage, type NovitaImage } from "./image-input.ts";

// Every request names this package and version (User-Agent, or x-image-sdk-version in browsers).
const provider = /* @__PURE__ */ identify(documented, { name, version });

/** The error type of every Novita result and helper: narrow by `status`, then `code` (Novita's `reason`). */
export type NovitaApiError = ApiErrorOf<ErrorCodes>;
/** Narrows `unknown` (a `catch` binding) to NovitaApiError: true for errors from Novita clients only. */
export const isNovitaApiError = /* @__PURE__ */ apiErrorGuard<NovitaApiError>(provider);

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

/** The client, with how image inputs become base64 left to the entry (browser-safe or Node). */
export function createClientWithEncoder(
  options: ClientOptions,
  encode: (image: NovitaImage) => Promise<string>,
): NovitaClient {
  const client = createApiClient<paths, NovitaApiError>(provider, options);
  return {
    ...client,
    imageToPrompt(image, requestOptions = {}) {
      const call = encode(image).then((encoded) =>
        client.POST(path, { body: { image_file: encoded }, ...requestOptions }),
      );
      return helperPromise(call, (data, result) => {
        if (typeof data.prompt !== "string") throw unexpectedResponse(result, "POST", path, "has no prompt", data);
        return data.prompt;
      });
    },
  };
}

/** A Novita client. In Node, import from `@image-sdk/novita/node` to also pass file paths. */
export function createNovitaClient(options: ClientOptions = {}): NovitaClient {
  return createClientWithEncoder(options, encodeImage);
}
