// client.paginate against a loopback server: each style walks every page once and stops on the
// last; a page that fails mid-iteration ends it with the error after the items already read.
import { sendJson, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import { AbortError, InternalServerError, InvalidInputError, type Paginator } from "../src/index.ts";
import { createApiClient, type PaginationConfig, type ProviderConfig, withPagination } from "../src/internal.ts";

const server = useTestServer();

const lists: Record<string, PaginationConfig> = {
  "/images": { style: "page", items: ["data"], page: "page", size: "per_page" },
  "/styles": { style: "offset", items: [], offset: "offset", limit: "limit" },
  "/generations": { style: "cursor", items: ["results"], cursor: "cursor", next: ["next_cursor"] },
  "/models": { style: "next-url", items: ["results"], next: ["next"] },
  "/files": { style: "link", items: [] },
};
const provider: ProviderConfig = {
  name: "Pages",
  env: { apiKey: "P_API_KEY", username: "P_USERNAME", password: "P_PASSWORD", baseUrl: "P_BASE_URL" },
  servers: [{ url: "http://127.0.0.1:9" }],
  securitySchemes: {},
  operations: Object.fromEntries(Object.keys(lists).map((path) => [`GET ${path}`, { responses: { 200: "json" } }])),
};
const client = () =>
  withPagination<{ paginate(path: string, init?: object): Paginator<unknown> }>(
    createApiClient(provider, { baseUrl: server.url, retryDelay: 5 }),
    lists,
  );

/** 7 items, served by the style of each path. */
const all = ["a", "b", "c", "d", "e", "f", "g"];
function serveAll() {
  server.handle((request, response) => {
    const url = new URL(request.url, server.url);
    const q = (name: string) => url.searchParams.get(name);
    if (url.pathname === "/images") {
      const size = Number(q("per_page") ?? 3);
      const page = Number(q("page") ?? 1);
      return sendJson(response, 200, { data: all.slice((page - 1) * size, page * size) });
    }
    if (url.pathname === "/styles") {
      const offset = Number(q("offset") ?? 0);
      return sendJson(response, 200, all.slice(offset, offset + Number(q("limit"))));
    }
    const start = Number(q("cursor") ?? q("after") ?? 0);
    const rest = start + 3 < all.length ? String(start + 3) : null;
    if (url.pathname === "/generations")
      return sendJson(response, 200, { results: all.slice(start, start + 3), next_cursor: rest });
    if (url.pathname === "/models")
      return sendJson(response, 200, {
        results: all.slice(start, start + 3),
        next: rest && `${server.url}/models?after=${rest}`,
      });
    const link: Record<string, string> = rest
      ? { link: `<${server.url}/files?after=${rest}&x=1>; rel="next", <${server.url}/files>; rel="first"` }
      : {};
    sendJson(response, 200, all.slice(start, start + 3), link);
  });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const item of items) seen.push(item);
  return seen;
}

describe("paginate", () => {
  it.each([
    [
      "/images",
      { page: 1, per_page: 3 },
      ["/images?page=1&per_page=3", "/images?page=2&per_page=3", "/images?page=3&per_page=3"],
    ],
    ["/styles", { limit: 3 }, ["/styles?limit=3", "/styles?limit=3&offset=3", "/styles?limit=3&offset=6"]],
    ["/generations", {}, ["/generations", "/generations?cursor=3", "/generations?cursor=6"]],
    ["/models", {}, ["/models", "/models?after=3", "/models?after=6"]],
    ["/files", {}, ["/files", "/files?after=3&x=1", "/files?after=6&x=1"]],
  ])("%s: every item once, each page requested once, stopping on the last", async (path, query, urls) => {
    serveAll();
    expect(await collect(client().paginate(path, { params: { query } }))).toEqual(all);
    expect(server.requests.map((request) => request.url)).toEqual(urls);
  });

  it(".pages() gives whole pages with their responses", async () => {
    serveAll();
    const pages = await collect(client().paginate("/generations").pages());
    expect(pages.map((page) => page.items)).toEqual([["a", "b", "c"], ["d", "e", "f"], ["g"]]);
    expect(pages[0]!.response.status).toBe(200);
  });

  it("a page that errors mid-iteration (after its retries) ends it, after the items already read", async () => {
    server.handle((request, response) => {
      if (request.url.includes("cursor=3")) return sendJson(response, 500, { message: "boom" });
      sendJson(response, 200, { results: ["a", "b", "c"], next_cursor: "3" });
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of client().paginate("/generations")) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(seen).toEqual(["a", "b", "c"]);
    // The first page once, the failing one with the GET's two retries.
    expect(server.requests.map((request) => request.url)).toEqual([
      "/generations",
      "/generations?cursor=3",
      "/generations?cursor=3",
      "/generations?cursor=3",
    ]);
  });

  it("never requests a page twice, even when the API points back at one", async () => {
    server.handle((_request, response) => sendJson(response, 200, { results: ["a"], next_cursor: "same" }));
    expect(await collect(client().paginate("/generations"))).toEqual(["a", "a"]);
    expect(server.requests).toHaveLength(2);
  });

  it("honours the signal and per-call options on every page", async () => {
    serveAll();
    const controller = new AbortController();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of client().paginate("/generations", {
        signal: controller.signal,
        headers: { "x-team": "t" },
      })) {
        seen.push(item);
        if (item === "d") controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(server.requests.every((request) => request.headers["x-team"] === "t")).toBe(true);
  });

  it("refuses a path that does not page, naming the ones that do", () => {
    expect(() => client().paginate("/nope")).toThrow(InvalidInputError);
  });
});
