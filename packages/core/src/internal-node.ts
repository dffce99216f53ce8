// `@image-sdk/core/internal/node`: the Node-only building blocks of provider packages (they use
// node: built-ins), apart from ./internal.ts so that browser bundles of a package never see them.
// Not for applications, and not covered by semver, like `/internal`.
export { type ReadImageFileOptions, readImageFile } from "./image-file.ts";
export { fileFromPath } from "./uploads/file-from-path.ts";
