// The body the contract mock serves for a response the harness answers itself: a named example as
// it is, or an instance of the response's schema. The instance starts as the sample Prism's own
// sampler draws (full, or only the required properties for a "dynamic" answer) and is then
// repaired where the sampler ignores the schema (a `pattern`, a `format`), until the document's
// own validator accepts it, so the mock never answers against its own document.
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { sample } from "@stoplight/json-schema-sampler";
import type { ErrorObject } from "ajv";
import jsf from "json-schema-faker";
import type { DocumentedResponse, NamedExample } from "../openapi/documented-operations.ts";
import { isJsonMediaType, type SchemaValidator } from "../openapi/schema-validator.ts";

/** A value of each format the sampler may get wrong, valid for ajv-formats. */
const FORMAT_VALUES: Record<string, string> = {
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00Z",
  email: "user@example.com",
  uri: "https://example.com/resource",
  url: "https://example.com/resource",
  "uri-reference": "https://example.com/resource",
  iri: "https://example.com/resource",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  byte: "aW1hZ2Utc2Rr",
  duration: "P1D",
};

const MAX_REPAIRS = 50;

/** Thrown when no instance of the schema the validator accepts could be made. */
export class UngeneratableAnswerError extends Error {
  override name = "UngeneratableAnswerError";
}

function setAt(root: Json, instancePath: string, value: Json): Json {
  if (instancePath === "") return value;
  const tokens = instancePath
    .split("/")
    .slice(1)
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = root as Record<string, Json>;
  for (const token of tokens.slice(0, -1)) node = node[token] as Record<string, Json>;
  node[tokens.at(-1)!] = value;
  return root;
}

function stringMatching(pattern: string, parentSchema: JsonObject | undefined, attempt: number): string {
  // json-schema-faker draws strings for a pattern with randexp; a fixed seed per attempt keeps it deterministic.
  let state = 0x9e3779b9 ^ attempt;
  jsf.option({
    random: () => {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
      return ((state >>> 0) % 1_000_000) / 1_000_000;
    },
  });
  const { minLength, maxLength } = parentSchema ?? {};
  return jsf.generate({ type: "string", pattern, minLength, maxLength } as never) as string;
}

function repair(value: Json, error: ErrorObject, attempt: number): Json | undefined {
  if (error.keyword === "pattern") {
    return setAt(
      value,
      error.instancePath,
      stringMatching(String(error.schema), error.parentSchema as JsonObject, attempt),
    );
  }
  if (error.keyword === "format" && FORMAT_VALUES[String(error.schema)]) {
    return setAt(value, error.instancePath, FORMAT_VALUES[String(error.schema)]!);
  }
  return undefined;
}

/** An instance of `schema` the validator accepts. */
export function schemaInstance(
  schema: Json,
  document: JsonObject,
  validator: SchemaValidator,
  mode: "full" | "required-only",
): Json {
  let value = sample(
    schema as never,
    { skipWriteOnly: true, skipNonRequired: mode === "required-only", quiet: true },
    document,
  ) as Json;
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const errors = validator.errors(schema, value);
    if (errors.length === 0) return value;
    // Repair the deepest error first: a fixed leaf can clear its parents' errors.
    errors.sort((a, b) => b.instancePath.length - a.instancePath.length);
    const repaired = errors.map((error) => repair(value, error, attempt)).find((result) => result !== undefined);
    if (repaired === undefined) {
      const reasons = errors.map((error) => `${error.instancePath || "(body)"} ${error.message}`).join("; ");
      throw new UngeneratableAnswerError(`the harness cannot generate an instance of this schema: ${reasons}`);
    }
    value = repaired;
  }
  throw new UngeneratableAnswerError(`the harness gave up repairing a generated instance after ${MAX_REPAIRS} rounds`);
}

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
    (response.schema === undefined ? undefined : schemaInstance(response.schema, document, validator, mode));
  if (isJsonMediaType(mediaType)) return JSON.stringify(value ?? {});
  if (mediaType === "text/event-stream") {
    // One event whose data is the schema's instance (the document's event schema where it has one).
    const data = typeof value === "string" ? value : JSON.stringify(value ?? {});
    return `${data
      .split("\n")
      .map((line) => `data: ${line}`)
      .join("\n")}\n\n`;
  }
  if (typeof value === "string" && value !== "") return value;
  if (mediaType === "text/csv") return "id,name\n1,image-sdk\n";
  // Binary (image/*, octet-stream) and other text: bytes of our own; the client hands them over as they are.
  return "image-sdk contract answer";
}
