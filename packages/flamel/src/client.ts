import {
  type ApiClient,
  type ApiErrorOf,
  apiErrorGuard,
  type ClientOptions,
  createApiClient,
  identify,
  type RequestOptions,
  unexpectedResponse,
  unwrap,
} from "@image-sdk/core";
import { name, version } from "../package.json";
import type { CreateImageBody, ImageCaption } from "./create-image-body.ts";
import type { FlamelPaths } from "./flamel-paths.ts";
import type { ErrorCodes } from "./generated/errors.ts";
import type { components } from "./generated/openapi.ts";
import { provider as documented } from "./generated/provider.ts";

// Every request names this package and version (User-Agent, or x-image-sdk-version in browsers).
const provider = /* @__PURE__ */ identify(documented, { name, version });

export interface FlamelClientOptions extends ClientOptions {
  /** Sent as Accept-Language on every request (the language of captions). Default "en". */
  acceptLanguage?: string | undefined;
}

/** The error type of every Flamel result and helper: narrow by `status`, then `code`. */
export type FlamelApiError = ApiErrorOf<ErrorCodes>;
/** Narrows `unknown` (a `catch` binding) to FlamelApiError: true for errors from Flamel clients only. */
export const isFlamelApiError = /* @__PURE__ */ apiErrorGuard<FlamelApiError>(provider);
/** What createImage resolves to. An interface, so a hover names it instead of expanding the schema. */
export interface CreateImageResponse extends CreateImageResponseDto {}
type CreateImageResponseDto = components["schemas"]["CreateImageResponseDto"];

export interface FlamelClient extends ApiClient<FlamelPaths, FlamelApiError> {
  /** Describes the image at `image` (a URL) as a prompt. Throws FlamelApiError and transport errors. */
  imageToPrompt(
    image: string,
    options?: RequestOptions & { acceptLanguage?: string | undefined },
  ): Promise<ImageCaption>;
  /**
   * Creates images. Spends credits, so it is never re-sent after a failure that may have been
   * processed (see the retry rule in @image-sdk/core). Throws FlamelApiError and transport errors.
   */
  createImage(body: CreateImageBody, options?: RequestOptions): Promise<CreateImageResponse>;
}

export function createFlamelClient(options: FlamelClientOptions = {}): FlamelClient {
  const { acceptLanguage = "en", ...rest } = options;
  const client = createApiClient<FlamelPaths, FlamelApiError>(
    { ...provider, headers: { ...provider.headers, "Accept-Language": acceptLanguage } },
    rest,
  );
  return {
    ...client,
    async imageToPrompt(image, { acceptLanguage: language, ...requestOptions } = {}) {
      const result = await client.POST("/api/images/imageToPrompt", {
        body: { image },
        ...(language === undefined ? {} : { params: { header: { "Accept-Language": language } } }),
        ...requestOptions,
      });
      const data = unwrap(result);
      if (typeof data.captionPrompt !== "string") {
        throw unexpectedResponse(result.response, "POST", "/api/images/imageToPrompt", "has no captionPrompt", data);
      }
      return data.captionTPrompt === undefined
        ? { captionPrompt: data.captionPrompt }
        : { captionPrompt: data.captionPrompt, captionTPrompt: data.captionTPrompt };
    },
    async createImage(body, requestOptions = {}) {
      const result = await client.POST("/api/images/create", { body, ...requestOptions });
      const data = unwrap(result);
      // The helper promises the created images; a success without them is not one.
      if (!Array.isArray((data as { images?: unknown }).images)) {
        throw unexpectedResponse(result.response, "POST", "/api/images/create", "has no images", data);
      }
      return data;
    },
  };
}
