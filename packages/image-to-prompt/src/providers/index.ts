import { flamel } from "./flamel.ts";
import { freepik } from "./freepik.ts";
import { ideogram } from "./ideogram.ts";
import { novita } from "./novita.ts";
import type { ProviderAdapter } from "./provider-adapter.ts";

/**
 * Every provider package with an image-to-prompt helper, in the default fallback order. A test
 * checks this against the providers' bundled documents, so a new provider with an image-to-prompt
 * operation fails CI until it has an adapter here.
 */
export const providers = { flamel, freepik, novita, ideogram };

export type ProviderName = keyof typeof providers;

/** The options each provider takes, by name. */
export type ProviderOptions = {
  [Name in ProviderName]?: (typeof providers)[Name] extends ProviderAdapter<infer Options> ? Options : never;
};

export const providerNames = Object.keys(providers) as ProviderName[];

export const isProviderName = (name: string): name is ProviderName => Object.hasOwn(providers, name);
