// An image file read by its path, for the Node entries of helpers that take one. Node only
// (node:fs): exported from `@image-sdk/core/internal/node`, never from a browser-safe entry.
import * as fs from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { InvalidInputError } from "./errors.ts";

const fileProblems: Record<string, string> = {
  ENOENT: "does not exist",
  EISDIR: "is a directory, not an image file",
  EACCES: "cannot be read (permission denied)",
  EPERM: "cannot be read (permission denied)",
  ENOTDIR: "is not a path to a file (a part of it is not a directory)",
};

export interface ReadImageFileOptions {
  /** Aborts the read; the abort's error is thrown as it is. */
  signal?: AbortSignal | undefined;
  /** Sees the file's size before it is read, to refuse an oversized file without reading it. */
  checkSize?: ((size: number) => void) | undefined;
  /** The message of the InvalidInputError for a file that cannot be read, from its problem ("does not exist"). */
  message: (problem: string) => string;
}

/**
 * The bytes of the file at `path`. A file that cannot be read (missing, a directory, no permission)
 * is an InvalidInputError whose message `message` words; an InvalidInputError from `checkSize`, and
 * the abort of `signal`, pass through as they are.
 */
export function readImageFile(path: string, options: ReadImageFileOptions): Promise<Uint8Array> {
  return withFileProblems(path, options, async () => {
    const buffer = await readFile(path, options.signal ? { signal: options.signal } : {});
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  });
}

// Looked up when called: Bun and Deno's node:fs may lack it (Node has it from 19.8).
const openAsBlob = (): ((path: string) => Promise<Blob>) | undefined =>
  (fs as { openAsBlob?: (path: string) => Promise<Blob> }).openAsBlob;

/**
 * The file at `path` as a Blob that reads the file when it is sent (fs.openAsBlob), so an upload
 * never holds the whole file in memory; where openAsBlob is missing, a Blob of its bytes. Errors as
 * readImageFile's. The file must not change until it is sent (the read then fails).
 */
export function openImageFile(path: string, options: ReadImageFileOptions): Promise<Blob> {
  const open = openAsBlob();
  if (!open) return readImageFile(path, options).then((bytes) => new Blob([bytes as Uint8Array<ArrayBuffer>]));
  return withFileProblems(path, options, () => {
    options.signal?.throwIfAborted();
    return open(path);
  });
}

/** `read` after the checks of the file at `path`, its failures worded as `options.message` says. */
async function withFileProblems<T>(path: string, options: ReadImageFileOptions, read: () => Promise<T>): Promise<T> {
  const { signal, checkSize, message } = options;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error(path), { code: "EISDIR" });
    checkSize?.(info.size);
    return await read();
  } catch (error) {
    if (error instanceof InvalidInputError || signal?.aborted) throw error;
    const code = (error as { code?: string }).code ?? "";
    const problem = fileProblems[code] ?? `cannot be read (${code || (error as Error).message})`;
    throw new InvalidInputError(message(problem), { cause: error });
  }
}
