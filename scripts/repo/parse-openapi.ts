import { parse } from "yaml";
import { isObject } from "../pipeline/json-ref.ts";
import { DocumentSourceError } from "./source-error.ts";

type Json = Record<string, unknown>;

/**
 * Parses a document's text (JSON or YAML) and checks it is OpenAPI 3.0 or 3.1, so that a wrong
 * file, an error page or a Swagger 2 document is an error rather than an empty diff.
 */
export function parseOpenApi(text: string, source: string): Json {
  if (/^\s*<(!doctype html|html|head|body)[\s>]/i.test(text)) {
    throw new DocumentSourceError(source, "is an HTML page, not an OpenAPI document");
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new DocumentSourceError(
      source,
      `is neither JSON nor YAML: ${(error as Error).message.split("\n")[0]?.replace(/:$/, "")}`,
    );
  }
  if (!isObject(document)) {
    throw new DocumentSourceError(
      source,
      `is not an OpenAPI document (parsed to ${document === null ? "nothing" : typeof document})`,
    );
  }
  const version = document.openapi;
  if (typeof version !== "string" || !/^3\.[01]\.\d+/.test(version)) {
    const found =
      typeof document.swagger === "string"
        ? `Swagger ${document.swagger}`
        : version === undefined
          ? "no `openapi` field"
          : `\`openapi: ${String(version)}\``;
    throw new DocumentSourceError(source, `is not an OpenAPI 3.0 or 3.1 document (${found})`);
  }
  if (!isObject(document.paths) && !isObject(document.webhooks)) {
    throw new DocumentSourceError(source, "is not an OpenAPI document: it has no `paths` (nor `webhooks`)");
  }
  return document;
}
