// One input for multipart parts and binary bodies: bytes, a Blob or File, a ReadableStream, a
// fetch Response or an http(s) URL (for a provider that needs the bytes, not the link) become a
// File with a name and a media type, sniffed from the bytes when not given. The body stays
// replayable (a retry re-sends it), so a stream is read once, here; a binary body given as the
// ReadableStream itself is sent as it is read instead, never buffered (and never retried once
// sent). A path on disk: `fileFromPath` in the Node entry (file-backed, not read into memory).
import { InvalidInputError } from "../errors.ts";
import { isHttpUrl } from "../image-input.ts";
import { sniffMediaType } from "./sniff-media-type.ts";

/** What `toFile` takes. */
export type Uploadable = Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | Response | URL | string;

export interface ToFileOptions {
  /** The file name providers see (a multipart part's filename). Default: the File's or URL's, else "upload". */
  name?: string | undefined;
  /** The media type. Default: the Blob's or response's, else sniffed from the bytes, else application/octet-stream. */
  type?: string | undefined;
  /** Aborts fetching a URL. */
  signal?: AbortSignal | undefined;
}

const nameOfUrl = (url: URL): string | undefined =>
  decodeURIComponent(url.pathname.split("/").pop() ?? "") || undefined;

/**
 * `input` as a File ready to upload. Throws InvalidInputError for anything else (a string that is
 * not an http(s) URL, a URL that answers an error), naming it.
 */
export async function toFile(input: Uploadable, options: ToFileOptions = {}): Promise<File> {
  let bytes: Uint8Array;
  let type = options.type;
  let name = options.name;
  if (typeof input === "string" || input instanceof URL) {
    const url = String(input);
    if (!isHttpUrl(url))
      throw new InvalidInputError(
        `toFile: ${JSON.stringify(url.slice(0, 80))} is not an http(s) URL; pass bytes, a Blob, a stream or a URL (a file path: fileFromPath in Node).`,
      );
    const response = await fetch(url, options.signal ? { signal: options.signal } : {});
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new InvalidInputError(`toFile: ${url} answered ${response.status}; expected the file's bytes.`);
    }
    return toFile(response, { ...options, name: name ?? nameOfUrl(new URL(url)) });
  }
  if (input instanceof Response) {
    type ??= input.headers.get("content-type")?.split(";")[0] || undefined;
    bytes = new Uint8Array(await input.arrayBuffer());
  } else if (typeof Blob !== "undefined" && input instanceof Blob) {
    type ??= input.type || undefined;
    name ??= (input as Partial<File>).name || undefined;
    bytes = new Uint8Array(await input.arrayBuffer());
  } else if (input instanceof Uint8Array) bytes = input;
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  else if (typeof ReadableStream !== "undefined" && input instanceof ReadableStream)
    bytes = new Uint8Array(await new Response(input).arrayBuffer());
  else
    throw new InvalidInputError(
      `toFile: unsupported input ${Object.prototype.toString.call(input)}; pass bytes, a Blob, a ReadableStream, a Response or an http(s) URL.`,
    );
  type ??= sniffMediaType(bytes) ?? "application/octet-stream";
  return new File([bytes as Uint8Array<ArrayBuffer>], name ?? "upload", { type });
}
