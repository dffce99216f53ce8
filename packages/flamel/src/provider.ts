import type { ProviderConfig } from "@image-sdk/core";
import { errorCodeProperty, errorTemplates } from "./generated/errors.ts";

/** What is particular to Flamel: the key goes in X-Api-Key, errors are `{ success, code, data }`. */
export const flamel: ProviderConfig = {
  name: "Flamel",
  apiKeyEnv: "FLAMEL_API_KEY",
  // The spec's only server (`servers[0]` of openapi.json; a test keeps the two in step).
  baseUrl: "https://beta.flamel.app",
  auth: { header: "X-Api-Key" },
  property: errorCodeProperty,
  templates: errorTemplates,
};
