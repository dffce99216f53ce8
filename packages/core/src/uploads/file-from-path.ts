// A file on disk as an upload (toFile for a path). Node only (node:fs, node:path): exported from
// `@image-sdk/core/internal/node`, for provider packages' Node entries. The File reads the disk
// when it is sent (fs.openAsBlob), so a large upload, multipart or binary, is never held in memory.
import { basename } from "node:path";
import { openImageFile } from "../image-file.ts";
import { sniffMediaType } from "./sniff-media-type.ts";
import type { ToFileOptions } from "./to-file.ts";

/** Bytes enough for every signature sniffMediaType knows. */
const sniffedBytes = 16;

/** The file at `path` as a File named by its base name, its type sniffed from its first bytes unless given. */
export async function fileFromPath(
  path: string,
  options: Omit<ToFileOptions, "signal"> & { signal?: AbortSignal } = {},
): Promise<File> {
  const blob = await openImageFile(path, {
    signal: options.signal,
    message: (problem) => `fileFromPath: ${path} ${problem}.`,
  });
  const type =
    options.type ??
    sniffMediaType(new Uint8Array(await blob.slice(0, sniffedBytes).arrayBuffer())) ??
    "application/octet-stream";
  // A File over the Blob keeps it file-backed: nothing is read until the upload is sent.
  return new File([blob], options.name ?? basename(path), { type });
}
