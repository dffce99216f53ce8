import type { ProviderConfig } from "@image-sdk/core";
import { errorCodeProperty, errorTemplates } from "./generated/errors.ts";

/** What is particular to Freepik: the key header, the `{ message }` error envelope. */
export const freepik: ProviderConfig = {
  name: "Freepik",
  apiKeyEnv: "FREEPIK_API_KEY",
  // `servers[0]` of openapi.json (a test keeps the two in step).
  baseUrl: "https://api.freepik.com",
  // Overridable per client (`authHeader`): Freepik's API is being renamed Magnific.
  auth: { header: "x-freepik-api-key" },
  property: errorCodeProperty,
  templates: errorTemplates,
};
