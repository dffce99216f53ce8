// An image file read by its path, for the Node entries of helpers that take one. Node only
// (node:fs): exported from `@image-sdk/core/internal/node`, never from a browser-safe entry.
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
export async function readImageFile(path: string, options: ReadImageFileOptions): Promise<Uint8Array> {
  const { signal, checkSize, message } = options;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error(path), { code: "EISDIR" });
    checkSize?.(info.size);
    const buffer = await readFile(path, signal ? { signal } : {});
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof InvalidInputError || signal?.aborted) throw error;
    const code = (error as { code?: string }).code ?? "";
    const problem = fileProblems[code] ?? `cannot be read (${code || (error as Error).message})`;
    throw new InvalidInputError(message(problem), { cause: error });
  }
}
