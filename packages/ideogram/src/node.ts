// The Node entry (`@image-sdk/ideogram/node`): everything in the main entry, plus `fileFromPath`
// for the multipart image parts (core's, so browser bundles of the main entry never see node:fs).
// It re-exports @image-sdk/core itself: esbuild drops an `export *` of an external package that
// reaches an entry through another module's `export *`.
export * from "@image-sdk/core";
export { fileFromPath } from "@image-sdk/core/internal/node";
export * from "./index.ts";
