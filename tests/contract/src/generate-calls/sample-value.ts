// The value a generated call sends where the document gives no example: an instance of the schema
// (src/openapi/schema-instance.ts) that honours its `pattern`s and `format`s, since the mock
// validates every request. Deterministic: the same schema always gives the same sample.
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { sample } from "@stoplight/json-schema-sampler";
import { schemaInstance } from "../openapi/schema-instance.ts";
import { validatorFor } from "../openapi/schema-validator.ts";

export function sampleOf(schema: Json | undefined, document: JsonObject): Json {
  if (schema === undefined) return {};
  try {
    return schemaInstance(schema, document, validatorFor(document), { mode: "full", direction: "request" });
  } catch {
    // No instance the validator accepts (a contradictory schema): the sampler's, for the mock to judge.
    return sample(schema as never, { skipReadOnly: true, skipNonRequired: true, quiet: true }, document) as Json;
  }
}
