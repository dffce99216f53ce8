import type { components } from "./generated/openapi.ts";

type Schemas = components["schemas"];

/** Create from a reference image: `image` (a path or URL) + prompt. */
export type CreateImageFromReference = Schemas["CreateImageWithRefDto"];
/** Create in one of Flamel's styles: `styleId` + prompt. */
export type CreateImageFromStyle = Schemas["CreateImageWithStyleIdDto"];
/** Create from a collection image: `imageId` + prompt. */
export type CreateImageFromCollectionImage = Schemas["CreateImageWithImageIdDto"];
/**
 * The body of `createImage`: exactly one of `image`, `styleId`, `imageId` (each shape forbids the
 * other two, so mixing them does not type-check).
 */
export type CreateImageBody = CreateImageFromReference | CreateImageFromStyle | CreateImageFromCollectionImage;

/** What `imageToPrompt` returns: the caption, and its translation when Flamel gives one. */
export interface ImageCaption {
  captionPrompt: string;
  captionTPrompt?: string;
}

type CaptionFields = "prompt" | "captionPrompt" | "captionTPrompt";
/** A create body without the prompt fields, one shape at a time (Omit on the union would merge them). */
export type CreateImageSource = CreateImageBody extends infer Shape
  ? Shape extends CreateImageBody
    ? Omit<Shape, CaptionFields>
    : never
  : never;

/**
 * A create body whose prompt is a caption from `imageToPrompt`:
 * `createImage(fromCaption(caption, { styleId: 12, ratio: "square" }))`.
 */
export function fromCaption<Source extends CreateImageSource>(
  caption: ImageCaption,
  source: Source,
): Source & Pick<CreateImageBody, CaptionFields> {
  return {
    ...source,
    prompt: caption.captionPrompt,
    captionPrompt: caption.captionPrompt,
    ...(caption.captionTPrompt === undefined ? {} : { captionTPrompt: caption.captionTPrompt }),
  };
}
