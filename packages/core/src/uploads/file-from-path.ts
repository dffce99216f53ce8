// A file on disk as an upload (toFile for a path). Node only (node:fs, node:path): exported from
// `@image-sdk/core/internal/node`, for provider packages' Node entries.
import { basename } from "node:path";
import { readImageFile } from "../image-file.ts";
import { type ToFileOptions, toFile } from "./to-file.ts";

/** The file at `path` as a File named by its base name, its type sniffed unless given. */
export async function fileFromPath(
  path: string,
  options: Omit<ToFileOptions, "signal"> & { signal?: AbortSignal } = {},
): Promise<File> {
  const bytes = await readImageFile(path, {
    signal: options.signal,
    message: (problem) => `fileFromPath: ${path} ${problem}.`,
  });
  return toFile(bytes, { name: basename(path), ...options });
}
