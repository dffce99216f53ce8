// An instance of a schema that the document's own validator accepts: the sample Prism's own
// sampler draws, repaired where the sampler ignores the schema (a `pattern`, a `format`). Used for
// the answers the contract mock generates and for the parameters and bodies the generated calls
// send, so neither side breaks the document's own constraints. Deterministic: same schema, same value.
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { sample } from "@stoplight/json-schema-sampler";
import type { ErrorObject } from "ajv";
import jsf from "json-schema-faker";
import type { SchemaValidator } from "./schema-validator.ts";

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
export class UngeneratableInstanceError extends Error {
  override name = "UngeneratableInstanceError";
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

/** A component `$ref` as the validator rewrote it (src/openapi/schema-validator.ts). */
const COMPONENT_REF = /urn:image-sdk:contract:components#\/(?:\$defs|definitions)\//g;

function repair(value: Json, error: ErrorObject, attempt: number, document: JsonObject): Json | undefined {
  const parent = error.parentSchema as JsonObject | undefined;
  switch (error.keyword) {
    case "pattern":
      return setAt(value, error.instancePath, stringMatching(String(error.schema), parent, attempt));
    case "format":
      return FORMAT_VALUES[String(error.schema)]
        ? setAt(value, error.instancePath, FORMAT_VALUES[String(error.schema)]!)
        : undefined;
    case "enum":
      return Array.isArray(error.schema) && error.schema.length
        ? setAt(value, error.instancePath, error.schema[0] as Json)
        : undefined;
    case "const":
      return setAt(value, error.instancePath, error.schema as Json);
    case "required": {
      // A required property the sampler left out (e.g. inside an allOf it did not merge).
      const name = (error.params as { missingProperty?: string }).missingProperty;
      const properties = parent?.properties as JsonObject | undefined;
      const schema = name === undefined ? undefined : properties?.[name];
      if (name === undefined || schema === undefined) return undefined;
      // The validator's copy aims component `$ref`s at its own id: aim them back at the document.
      const documentSchema = JSON.parse(JSON.stringify(schema).replace(COMPONENT_REF, "#/components/schemas/")) as Json;
      const missing = sample(documentSchema as never, { quiet: true }, document) as Json;
      return setAt(value, `${error.instancePath}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`, missing);
    }
    default:
      return undefined;
  }
}

export interface InstanceOptions {
  /** Every property, or only the required ones. */
  mode: "full" | "required-only";
  /** What a request sends leaves out `readOnly` properties; what a response answers, `writeOnly` ones. */
  direction: "request" | "response";
}

/** An instance of `schema` the validator accepts. */
export function schemaInstance(
  schema: Json,
  document: JsonObject,
  validator: SchemaValidator,
  { mode, direction }: InstanceOptions,
): Json {
  const options = {
    skipReadOnly: direction === "request",
    skipWriteOnly: direction === "response",
    skipNonRequired: mode === "required-only",
    quiet: true,
  };
  let value: Json;
  try {
    value = sample(schema as never, options, document) as Json;
  } catch {
    // A schema too large to sample whole (the sampler's size limit) still has a minimal instance.
    value = sample(schema as never, { ...options, skipNonRequired: true }, document) as Json;
  }
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const errors = validator.errors(schema, value);
    if (errors.length === 0) return value;
    // Repair the deepest error first: a fixed leaf can clear its parents' errors.
    errors.sort((a, b) => b.instancePath.length - a.instancePath.length);
    const repaired = errors
      .map((error) => repair(value, error, attempt, document))
      .find((result) => result !== undefined);
    if (repaired === undefined) {
      const reasons = errors.map((error) => `${error.instancePath || "(body)"} ${error.message}`).join("; ");
      throw new UngeneratableInstanceError(`the harness cannot generate an instance of this schema: ${reasons}`);
    }
    value = repaired;
  }
  throw new UngeneratableInstanceError(
    `the harness gave up repairing a generated instance after ${MAX_REPAIRS} rounds`,
  );
}
