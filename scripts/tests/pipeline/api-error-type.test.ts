import { expect, it } from "vitest";
import { renderApiErrorType } from "../../pipeline/api-error-type.ts";
import { deriveNames } from "../../repo/provider-names.ts";

const names = deriveNames("gallery");

it("declares the error type as an alias of ApiErrorOf when the document has error statuses", () => {
  expect(renderApiErrorType(names, "code", false, true)).toContain(
    "export type GalleryApiError = ApiErrorOf<ErrorCodes>;",
  );
});

// With no status, ApiErrorOf is one class type and TypeScript prints `ApiError<…>` for an alias of
// it: an interface keeps the name in hovers (tests/types checks the hovers themselves).
it("declares it as an interface when the document has no error status, so hovers keep its name", () => {
  expect(renderApiErrorType(names, undefined, false, false)).toContain(
    "export interface GalleryApiError extends ApiErrorOf<ErrorCodes> {}",
  );
});
