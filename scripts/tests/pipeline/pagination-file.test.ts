// The pagination template: how each list of the fixture document pages, derived or declared, and
// how it names a bad declaration.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../pipeline/json-ref.ts";
import { pagedOperations, renderPagination } from "../../pipeline/pagination-file.ts";
import { parseOpenApi } from "../../repo/parse-openapi.ts";

const fixture = new URL("../fixtures/quirk-documents/pagination.openapi.yaml", import.meta.url);
const load = async () => parseOpenApi(await readFile(fixture, "utf8"), "pagination.openapi.yaml") as JsonObject;

describe("pagedOperations", () => {
  it("derives each style from the parameters and the response, or takes the declaration", async () => {
    const paged = Object.fromEntries(pagedOperations(await load(), "doc").map((op) => [op.path, op.config]));
    expect(paged).toEqual({
      "/images": { style: "page", items: ["data"], page: "page", size: "per_page" },
      "/styles": { style: "offset", items: [], offset: "offset", limit: "limit" },
      "/generations": { style: "cursor", items: ["results"], cursor: "cursor", next: ["next_cursor"] },
      "/models": { style: "next-url", items: ["results"], next: ["next"] },
      "/files": { style: "link", items: [] },
      "/voices": { style: "page", items: ["voices"], page: "p" },
    });
  });

  it("types paginate per path with the list's item", async () => {
    const source = renderPagination("Gallery", pagedOperations(await load(), "doc"));
    expect(source).toContain(
      'paginate(path: "/images", init?: CallInit<paths["/images"]["get"]>): Paginator<PageItem<paths["/images"]["get"], ["data"]>>;',
    );
  });

  it("names a declaration's bad style or parameter", async () => {
    const document = await load();
    const voices = ((document.paths as JsonObject)["/voices"] as JsonObject).get as JsonObject;
    voices["x-image-sdk-pagination"] = { style: "page", page: "q", items: "/voices" };
    expect(() => pagedOperations(document, "doc")).toThrow(
      'doc (paths["/voices"].get.x-image-sdk-pagination.page): must name a query parameter of the operation (p); got "q"',
    );
    voices["x-image-sdk-pagination"] = { style: "pages" };
    expect(() => pagedOperations(document, "doc")).toThrow("must be one of page, offset, cursor, next-url, link");
  });
});
