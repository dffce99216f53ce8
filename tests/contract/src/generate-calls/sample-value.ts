// The value a generated call sends where the document gives no example: a sample of the schema
// from @stoplight/json-schema-sampler, the sampler Prism itself uses, so it is a value Prism's own
// reading of the schema produces. Deterministic: the same schema always gives the same sample.
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { sample } from "@stoplight/json-schema-sampler";

export function sampleOf(schema: Json | undefined, document: JsonObject): Json {
  if (schema === undefined) return {};
  try {
    return sample(schema as never, { skipReadOnly: true, quiet: true }, document) as Json;
  } catch {
    // A schema too large to sample whole (the sampler's size limit) still has a minimal instance.
    return sample(schema as never, { skipReadOnly: true, skipNonRequired: true, quiet: true }, document) as Json;
  }
}
