import type { ProviderConfig } from "@image-sdk/core";
import { errorCodeProperty, errorTemplates } from "./generated/errors.ts";

/** What is particular to Novita: a Bearer key, errors as `{ code, reason, message }`. */
export const novita: ProviderConfig = {
  name: "Novita",
  apiKeyEnv: "NOVITA_API_KEY",
  // `servers[0]` of openapi.json (a test keeps the two in step).
  baseUrl: "https://api.novita.ai",
  auth: { header: "Authorization", scheme: "Bearer" },
  property: errorCodeProperty,
  templates: errorTemplates,
};
