// Generated file src/generated/pagination.ts: the list operations that page, how each pages
// (derived from the document, or declared with `x-image-sdk-pagination` on the GET), as data for
// @image-sdk/core's paginate, and the `<Pascal>Pages` interface typing `client.paginate(path)`.
// Not written for a document without one, so its package carries no pagination code.
//
// Derived from a GET's query parameters and success response (items: the body when it is an
// array, else its first array property):
//   cursor     a `cursor`/`after`/`starting_after`/`page_token` parameter and a next cursor in the
//              body (`next_cursor`, `next_page_token`, `cursor`, or a non-URL `next`)
//   next-url   a `next` (or `next_url`) URL in the body
//   offset     `offset` and `limit` parameters
//   page       a `page` parameter, with `per_page`/`page_size`/`limit`/`size` when there
//   link       a documented `Link` response header
// Declared (overrides the derivation): x-image-sdk-pagination: { style, items, page, size,
// offset, limit, cursor, next } with `items` and `next` JSON pointers, or `false` to turn it off.
import type { PaginationConfig } from "@image-sdk/core/internal";
import { deriveNames } from "../repo/provider-names.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { isObject, type JsonObject, resolveObject } from "./json-ref.ts";
import { PipelineError } from "./pipeline-error.ts";

export interface PagedOperation {
  path: string;
  config: PaginationConfig;
  initRequired: boolean;
}

const cursorParameters = ["cursor", "after", "starting_after", "page_token", "pagetoken", "next_token"];
const nextCursors = ["next_cursor", "nextcursor", "next_page_token", "nextpagetoken", "cursor"];
const sizeParameters = ["per_page", "page_size", "pagesize", "perpage", "limit", "size"];

function pointer(value: unknown, where: string, label: string): string[] {
  if (typeof value !== "string" || !(value === "" || value.startsWith("/")))
    throw new PipelineError(label, `must be a JSON pointer such as "/data"; got ${JSON.stringify(value)}`, where);
  return value === ""
    ? []
    : value
        .slice(1)
        .split("/")
        .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function properties(document: JsonObject, schema: JsonObject | undefined): Record<string, JsonObject> {
  const all: Record<string, JsonObject> = {};
  for (const branch of [schema, ...(Array.isArray(schema?.allOf) ? schema.allOf : [])]) {
    const resolved = resolveObject(document, branch);
    for (const [name, property] of Object.entries(resolveObject(document, resolved?.properties) ?? {}))
      all[name] = resolveObject(document, property) ?? {};
  }
  return all;
}

function declared(extension: JsonObject, parameters: string[], where: string, label: string): PaginationConfig {
  const { style } = extension;
  const items = pointer(extension.items ?? "", `${where}.items`, label);
  const name = (field: string) => {
    const value = extension[field];
    if (typeof value !== "string" || !parameters.includes(value))
      throw new PipelineError(
        label,
        `must name a query parameter of the operation (${parameters.join(", ") || "none"}); got ${JSON.stringify(value)}`,
        `${where}.${field}`,
      );
    return value;
  };
  switch (style) {
    case "page":
      return { style, items, page: name("page"), ...(extension.size !== undefined ? { size: name("size") } : {}) };
    case "offset":
      return { style, items, offset: name("offset"), limit: name("limit") };
    case "cursor":
      return { style, items, cursor: name("cursor"), next: pointer(extension.next, `${where}.next`, label) };
    case "next-url":
      return { style, items, next: pointer(extension.next, `${where}.next`, label) };
    case "link":
      return { style, items };
    default:
      throw new PipelineError(
        label,
        `must be one of page, offset, cursor, next-url, link; got ${JSON.stringify(style)}`,
        `${where}.style`,
      );
  }
}

/** Every GET that pages, with how: declared, or derived from its parameters and response. */
export function pagedOperations(document: JsonObject, label: string): PagedOperation[] {
  const paged: PagedOperation[] = [];
  for (const [path, itemOrRef] of Object.entries(resolveObject(document, document.paths) ?? {})) {
    const pathItem = resolveObject(document, itemOrRef) ?? {};
    const operation = resolveObject(document, pathItem.get);
    if (!operation) continue;
    const where = `paths["${path}"].get.x-image-sdk-pagination`;
    const parameterList = [
      ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
      ...(Array.isArray(operation.parameters) ? operation.parameters : []),
    ].map((parameter) => resolveObject(document, parameter) ?? {});
    const query = parameterList
      .filter((parameter) => parameter.in === "query")
      .map((parameter) => String(parameter.name));
    const initRequired = parameterList.some((parameter) => parameter.required === true);
    const extension = operation["x-image-sdk-pagination"];
    if (extension === false) continue;
    if (extension !== undefined) {
      if (!isObject(extension)) throw new PipelineError(label, "must be an object or false", where);
      paged.push({ path, config: declared(extension, query, where, label), initRequired });
      continue;
    }

    const responses = resolveObject(document, operation.responses) ?? {};
    const ok = Object.keys(responses).find((status) => /^2(\d\d|XX)$/.test(status));
    const response = ok ? resolveObject(document, responses[ok]) : undefined;
    const content = resolveObject(document, response?.content) ?? {};
    const media = Object.entries(content).find(([type]) => /json/.test(type))?.[1];
    const schema = resolveObject(document, isObject(media) ? media.schema : undefined);
    if (!schema) continue;
    const bodyProperties = properties(document, schema);
    const listName = Object.entries(bodyProperties).find(([, property]) => property.type === "array")?.[0];
    const items = schema.type === "array" ? [] : listName !== undefined ? [listName] : undefined;
    if (!items) continue;
    const lower = new Map(query.map((name) => [name.toLowerCase(), name]));
    const find = (names: string[]) => names.map((name) => lower.get(name)).find((name) => name !== undefined);
    const bodyName = (names: string[], isUrl: boolean) =>
      Object.entries(bodyProperties).find(
        ([name, property]) => names.includes(name.toLowerCase()) && (property.format === "uri") === isUrl,
      )?.[0];
    const cursor = find(cursorParameters);
    const nextCursor = bodyName([...nextCursors, "next"], false);
    const nextUrl = bodyName(["next", "next_url", "nexturl", "next_page_url"], true);
    const headers = Object.keys(resolveObject(document, response?.headers) ?? {}).map((name) => name.toLowerCase());
    let config: PaginationConfig | undefined;
    if (cursor && nextCursor) config = { style: "cursor", items, cursor, next: [nextCursor] };
    else if (nextUrl) config = { style: "next-url", items, next: [nextUrl] };
    else if (find(["offset"]) && find(["limit"]))
      config = { style: "offset", items, offset: find(["offset"])!, limit: find(["limit"])! };
    else if (find(["page"])) {
      const size = find(sizeParameters);
      config = { style: "page", items, page: find(["page"])!, ...(size ? { size } : {}) };
    } else if (headers.includes("link")) config = { style: "link", items };
    if (config) paged.push({ path, config, initRequired });
  }
  return paged;
}

/** TypeScript source for src/generated/pagination.ts. */
export function renderPagination(pascal: string, paged: readonly PagedOperation[]): string {
  const lines = [
    "// Generated by scripts/pipeline/generate-types.ts (template: scripts/pipeline/pagination-file.ts):",
    "// the list operations that page and how, run by @image-sdk/core's paginate.",
    "// Do not edit: change the document's overlay and run `pnpm generate`.",
    'import type { CallInit, PageItem, Paginator } from "@image-sdk/core";',
    'import type { PaginationConfig } from "@image-sdk/core/internal";',
    'import type { paths } from "./openapi.ts";',
    "",
    "/** Path → how its GET pages. */",
    `export const pagination = ${JSON.stringify(Object.fromEntries(paged.map((op) => [op.path, op.config])), null, 2)} satisfies Record<string, PaginationConfig>;`,
    "",
    `/** \`client.paginate(path, init)\`: the items of every page of ${pascal}'s list operations. */`,
    `export interface ${pascal}Pages {`,
  ];
  for (const { path, config, initRequired } of paged) {
    const operation = `paths[${JSON.stringify(path)}]["get"]`;
    lines.push(
      `  /** Every item of \`GET ${path}\`, page after page (${config.style}); \`.pages()\` for whole pages. */`,
      `  paginate(path: ${JSON.stringify(path)}, init${initRequired ? "" : "?"}: CallInit<${operation}>): Paginator<PageItem<${operation}, ${JSON.stringify(config.items)}>>;`,
    );
  }
  lines.push("}", "");
  return lines.join("\n");
}

/** Generated file src/generated/pagination.ts; none for a document without paged lists. */
export const paginationFile: GeneratedFile = {
  name: "pagination.ts",
  render({ provider, document, label }) {
    const paged = pagedOperations(document as unknown as JsonObject, label);
    return paged.length ? renderPagination(deriveNames(provider).pascal, paged) : undefined;
  },
};
