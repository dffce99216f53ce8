// The body the contract mock serves for a response the harness answers itself: a named example as
// it is, or an instance of the response's schema (full, or only the required properties for a
// "dynamic" answer) that the document's own validator accepts.
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import type { DocumentedResponse, NamedExample } from "../openapi/documented-operations.ts";
import { schemaInstance } from "../openapi/schema-instance.ts";
import { isJsonMediaType, type SchemaValidator } from "../openapi/schema-validator.ts";

/** Events in a generated text/event-stream answer: more than one, so the client reads on after an event. */
export const streamedEvents = 3;

/** What the harness serves for `response`: its bytes, from the selected example or from the schema. */
export function answerBody(
  response: DocumentedResponse,
  example: NamedExample | undefined,
  document: JsonObject,
  validator: SchemaValidator,
  mode: "full" | "required-only",
): string {
  const mediaType = response.mediaType.toLowerCase();
  if (mediaType === "") return "";
  const value =
    example?.value ??
    (response.schema === undefined
      ? undefined
      : schemaInstance(response.schema, document, validator, { mode, direction: "response" }));
  if (isJsonMediaType(mediaType)) return JSON.stringify(value ?? {});
  if (mediaType === "text/event-stream") {
    // A few events, each with the schema's instance as data (the document's event schema where it
    // has one) and an id; the front writes them over time (event-stream-writer.ts).
    const data = typeof value === "string" ? value : JSON.stringify(value ?? {});
    const lines = data
      .split("\n")
      .map((line) => `data: ${line}`)
      .join("\n");
    return Array.from({ length: streamedEvents }, (_, index) => `id: ${index + 1}\n${lines}\n\n`).join("");
  }
  if (typeof value === "string" && value !== "") return value;
  if (mediaType === "text/csv") return "id,name\n1,image-sdk\n";
  // Binary (image/*, octet-stream) and other text: bytes of our own; the client hands them over as they are.
  return "image-sdk contract answer";
}
