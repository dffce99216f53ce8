// Generated file src/generated/openapi.ts: the openapi-typescript types of the document.
import openapiTS, { astToString, NEVER, type OpenAPI3, type SchemaObject } from "openapi-typescript";
import ts from "typescript";
import { escapeDataRefs } from "../repo/data-values.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { PipelineError } from "./pipeline-error.ts";
import { typedDocument } from "./typed-document.ts";

/**
 * openapi-typescript options, chosen on purpose (the version is pinned in scripts/package.json,
 * so the same document always yields the same code):
 * - defaultNonNullable: false — a request field with a default (Flamel's `sample`, `async`) is
 *   optional to send; the default (true) would make it required.
 * - alphabetize: false — keep the document's order, so generated diffs read like spec diffs.
 * - emptyObjectsUnknown: true — `type: object` with no properties and no additionalProperties
 *   accepts any object (JSON Schema), so it is `Record<string, unknown>`; the default types it
 *   `Record<string, never>`, which refuses the document's own examples (a model's free-form `input`).
 * - transform: a schema that is only `not: {}` (accepts no value) becomes `never`; overlays use it
 *   to forbid a property (Flamel's exclusive create bodies), and openapi-typescript types it
 *   `unknown`, which would let the compiler accept what validators reject. A binary string
 *   (`format: binary`, or 3.1's `contentMediaType` without `contentEncoding`) becomes `Blob`: the
 *   client sends file parts and reads binary responses as Blobs.
 */
export const typegenOptions = {
  defaultNonNullable: false,
  alphabetize: false,
  emptyObjectsUnknown: true,
  silent: true,
  transform: (schema: SchemaObject) => (acceptsNothing(schema) ? NEVER : isBinary(schema) ? BLOB : undefined),
};

const BLOB = ts.factory.createTypeReferenceNode("Blob");

function isBinary(schema: SchemaObject): boolean {
  const { format, contentMediaType, contentEncoding } = schema as Record<string, unknown>;
  return format === "binary" || (typeof contentMediaType === "string" && contentEncoding === undefined);
}

function acceptsNothing(schema: SchemaObject): boolean {
  const keys = Object.keys(schema);
  const not = (schema as { not?: unknown }).not;
  return keys.length === 1 && typeof not === "object" && not !== null && Object.keys(not).length === 0;
}

/**
 * openapi-typescript follows every `$ref`, one inside an example or an extension too: it gets the
 * document with those escaped (`~$ref`, scripts/repo/data-values.ts), and the data it prints back
 * (a `const` type, an `@example`) gets them restored.
 */
function restoredRefKeys(code: string): string {
  return code.replace(/"(~+)\$ref"/g, (_match, tildes: string) => `"${tildes.slice(1)}$ref"`);
}

export const openapiTypesFile: GeneratedFile = {
  name: "openapi.ts",
  async render({ document, label }) {
    try {
      return restoredRefKeys(
        astToString(await openapiTS(escapeDataRefs(typedDocument(document as OpenAPI3)), typegenOptions)),
      );
    } catch (error) {
      throw new PipelineError(label, `openapi-typescript failed: ${(error as Error).message}`);
    }
  },
};
