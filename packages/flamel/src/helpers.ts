// Flamel's helpers over the generated client (src/generated/client.ts): the caption language as a
// client option, imageToPrompt and createImage.
import type { ApiClient, ApiPromise, ClientOptions, RequestOptions } from "@image-sdk/core";
import { helperPromise, type ProviderConfig, unexpectedResponse } from "@image-sdk/core/internal";
import type { CreateImageBody, ImageCaption } from "./create-image-body.ts";
import type { FlamelPaths } from "./flamel-paths.ts";
import type { FlamelApiError } from "./generated/api-error.ts";
import type { components } from "./generated/openapi.ts";

export interface FlamelClientOptions extends ClientOptions {
  /** Sent as Accept-Language on every request (the language of captions). Default "en". */
  acceptLanguage?: string | undefined;
}

/** What createImage resolves to. An interface, so a hover names it instead of expanding the schema. */
export interface CreateImageResponse extends CreateImageResponseDto {}
type CreateImageResponseDto = components["schemas"]["CreateImageResponseDto"];

/** The per-call options of `imageToPrompt`: every request option, and the caption language. */
export interface ImageToPromptOptions extends RequestOptions {
  /** Accept-Language for this call (the client's `acceptLanguage` otherwise). */
  acceptLanguage?: string | undefined;
}

export interface FlamelClient extends ApiClient<FlamelPaths, FlamelApiError> {
  /**
   * Describes the image at `image` (a URL) as a prompt; `.withResponse()` also gives the response
   * and request id. Throws FlamelApiError and transport errors.
   */
  imageToPrompt(image: string, options?: ImageToPromptOptions): ApiPromise<ImageCaption>;
  /**
   * Creates images. Spends credits, so it is never re-sent after a failure that may have been
   * processed (see the retry rule in @image-sdk/core). Throws FlamelApiError and transport errors.
   */
  createImage(body: CreateImageBody, options?: RequestOptions): ApiPromise<CreateImageResponse>;
}

const imageToPromptPath = "/api/images/imageToPrompt";
const createPath = "/api/images/create";

/** The caption language becomes a default header of every request. */
export function configureClient(
  provider: ProviderConfig,
  { acceptLanguage = "en", ...rest }: FlamelClientOptions,
): [ProviderConfig, ClientOptions] {
  return [{ ...provider, headers: { ...provider.headers, "Accept-Language": acceptLanguage } }, rest];
}

export function withHelpers(client: ApiClient<FlamelPaths, FlamelApiError>): FlamelClient {
  return {
    ...client,
    imageToPrompt(image, { acceptLanguage: language, ...requestOptions } = {}) {
      const call = client.POST(imageToPromptPath, {
        body: { image },
        ...(language === undefined ? {} : { params: { header: { "Accept-Language": language } } }),
        ...requestOptions,
      });
      return helperPromise(call, (data, result): ImageCaption => {
        if (typeof data.captionPrompt !== "string") {
          throw unexpectedResponse(result, "POST", imageToPromptPath, "has no captionPrompt", data);
        }
        return data.captionTPrompt === undefined
          ? { captionPrompt: data.captionPrompt }
          : { captionPrompt: data.captionPrompt, captionTPrompt: data.captionTPrompt };
      });
    },
    createImage(body, requestOptions = {}) {
      return helperPromise(client.POST(createPath, { body, ...requestOptions }), (data, result) => {
        // The helper promises the created images; a success without them is not one.
        if (!Array.isArray((data as { images?: unknown }).images)) {
          throw unexpectedResponse(result, "POST", createPath, "has no images", data);
        }
        return data;
      });
    },
  };
}
