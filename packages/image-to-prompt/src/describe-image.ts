import { AbortError, InvalidInputError } from "@image-sdk/core";
import { AllProvidersFailedError } from "./all-providers-failed-error.ts";
import { type Attempt, idsOf } from "./attempt.ts";
import { provesNotProcessed } from "./fallback-rule.ts";
import type { ImageSource } from "./image-input.ts";
import type { DescribeProgress } from "./progress.ts";
import {
  isProviderName,
  type ProviderName,
  type ProviderOptions,
  providerNames,
  providers,
} from "./providers/index.ts";
import type { TaskProgress } from "./providers/provider-adapter.ts";

export interface DescribeImageOptions extends ProviderOptions {
  /** The one provider to ask. */
  provider?: ProviderName;
  /** Providers to ask in order until one answers (fallback). Default: every provider, when `provider` is not set. */
  providers?: readonly ProviderName[];
  /**
   * Also move on to the next provider when this returns true. By default describeImage moves on
   * only after a failure that proves the provider did not process the image (no key, an input it
   * cannot take, connection refused, host not found, 429, 503), so an image is never paid twice.
   */
  fallbackOn?: (error: unknown, provider: ProviderName) => boolean;
  signal?: AbortSignal;
  /** Milliseconds per request (and for downloading a URL for Novita), unless a provider's options set `timeout`. */
  timeout?: number;
  onProgress?: (event: DescribeProgress) => void;
}

/** A prompt for an image, and how it was obtained. */
export interface ImagePrompt {
  prompt: string;
  provider: ProviderName;
  /** Flamel's translated prompt (captionTPrompt), when it sends one. */
  translatedPrompt?: string;
  /** Freepik's task id. */
  taskId?: string;
  /** The provider's request id, where its package reports one. */
  requestId?: string;
  /** What the provider package's helper returned. */
  raw: unknown;
  /** Every provider asked, in order; the last one succeeded. */
  attempts: Attempt[];
}

/** The providers to ask, in order; a bad name or list is an InvalidInputError naming the value. */
function providerOrder(options: DescribeImageOptions): ProviderName[] {
  if (options.provider !== undefined && options.providers !== undefined)
    throw new InvalidInputError("pass either provider or providers, not both.");
  const order = options.provider !== undefined ? [options.provider] : [...(options.providers ?? providerNames)];
  const unknown = order.find((name) => !isProviderName(name));
  if (unknown !== undefined)
    throw new InvalidInputError(`unknown provider "${unknown}"; expected one of ${providerNames.join(", ")}.`);
  if (order.length === 0) throw new InvalidInputError("providers is empty; name at least one provider.");
  return order;
}

/** Asks each provider in turn; shared by the main and the Node entry, which differ only in how they read images. */
export async function describeSource(image: ImageSource, options: DescribeImageOptions): Promise<ImagePrompt> {
  const order = providerOrder(options);
  const { signal, timeout, onProgress } = options;
  const report = (event: DescribeProgress) => onProgress?.(event);
  const attempts: Attempt[] = [];
  for (const [index, provider] of order.entries()) {
    report({ stage: "trying", provider });
    try {
      // `options[provider]` is that provider's options, but TypeScript cannot correlate the two
      // lookups by the same union-typed key, hence the cast.
      const described = await providers[provider].describe(image, {
        options: options[provider] ?? {},
        signal,
        timeout,
        // The adapters report facts; the progress event, with its provider, is made here.
        onTaskStatus: (task: TaskProgress) =>
          report({ stage: "polling", provider, ...task } as Extract<DescribeProgress, { stage: "polling" }>),
      } as never);
      attempts.push({ provider, ok: true, ...idsOf(described) });
      return { ...described, provider, attempts };
    } catch (error) {
      // Cancelling is not a provider failing: no fallback, and the caller gets the AbortError itself.
      if (error instanceof AbortError || signal?.aborted) throw error;
      attempts.push({ provider, ok: false, error, ...idsOf(error) });
      const next = order[index + 1];
      if (next === undefined || !(provesNotProcessed(error) || options.fallbackOn?.(error, provider))) break;
      report({ stage: "falling-back", provider, error, next });
    }
  }
  throw new AllProvidersFailedError(image.label, attempts, order.slice(attempts.length));
}
