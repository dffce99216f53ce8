import { AbortError, InvalidInputError } from "@image-sdk/core";
import { clientDefaults } from "@image-sdk/core/internal";

/** Per call: a download or file read obeys the call's signal and timeout like the provider requests do. */
export interface ReadOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
}

/**
 * The bytes at `url`, for a provider that takes only bytes (Novita). Any failure is an
 * InvalidInputError naming the URL: the provider was never called, so a fallback stays safe.
 * The caller's abort stays an AbortError, since nothing went wrong.
 */
export async function downloadImage(
  url: string,
  { signal, timeout = clientDefaults.timeout }: ReadOptions,
): Promise<Uint8Array> {
  const shown = url.startsWith("data:") ? "the data: URL" : url;
  const signals = [signal, timeout < Infinity ? AbortSignal.timeout(timeout) : undefined].filter(
    (each): each is AbortSignal => each !== undefined,
  );
  try {
    const response = await fetch(url, { signal: AbortSignal.any(signals) });
    if (!response.ok) throw new Error(`it answered ${response.status} ${response.statusText}`.trim());
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (signal?.aborted)
      throw new AbortError("The image download was aborted by its AbortSignal.", { cause: signal.reason });
    const reason =
      (error as Error).name === "TimeoutError" ? `no answer within ${timeout} ms` : (error as Error).message;
    throw new InvalidInputError(`could not download the image from ${shown}: ${reason}`, { cause: error });
  }
}
