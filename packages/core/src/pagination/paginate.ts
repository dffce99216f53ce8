// Every page of a list operation, one request per page, as an async iterator of its items (or of
// whole pages with `.pages()`). The next page comes from what the last one says (page number,
// offset, cursor, `next` URL, `Link: rel="next"`); iteration stops on the last page, never asks
// for a page twice, and a failed page (after the call's own retries) ends it with that error.
import type { ApiResult } from "../api-types.ts";
import { valueAt } from "../jobs/job-config.ts";
import type { UntypedCallInit } from "../outgoing-request.ts";
import { unexpectedResponse } from "../unexpected-response.ts";
import { unwrap } from "../unwrap.ts";
import type { PaginationConfig } from "./pagination-config.ts";

/** One page: its items, the parsed body and the response it came in. */
export interface Page<Item> {
  items: Item[];
  data: unknown;
  response: Response;
  requestId: string | undefined;
}

/** The items of every page: `for await (const item of client.paginate(...))`; `.pages()` for whole pages. */
export interface Paginator<Item> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page<Item>>;
}

type Get = (path: string, init: UntypedCallInit) => Promise<ApiResult<unknown, unknown>>;
type Query = Record<string, unknown>;

/** The `rel="next"` target of a Link header (RFC 8288), if any. */
function linkNext(header: string | null): string | undefined {
  for (const part of header?.split(/,(?=\s*<)/) ?? []) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2]!)) return match[1];
  }
  return undefined;
}

/** The query of a next-page URL, resolved against the page's own URL. */
function queryOf(next: string, base: string): Query {
  return Object.fromEntries(new URL(next, base || undefined).searchParams);
}

/** The pages of `path` from `init` on; `get` is the client's GET. */
export function paginate<Item>(
  get: Get,
  path: string,
  config: PaginationConfig,
  init: UntypedCallInit = {},
): Paginator<Item> {
  async function* pages(): AsyncGenerator<Page<Item>, void, undefined> {
    let query: Query = { ...init.params?.query };
    const asked = new Set<string>();
    for (;;) {
      const key = JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
      if (asked.has(key)) return; // the API pointed back at a page already read
      asked.add(key);
      const result = await get(path, { ...init, params: { ...init.params, query } });
      const data = unwrap(result);
      const items = valueAt(data, config.items);
      if (!Array.isArray(items))
        throw unexpectedResponse(
          result,
          "GET",
          path,
          `has no list of items (${config.items.join(".") || "the body"})`,
          data,
        );
      const { response, requestId } = result;
      yield { items: items as Item[], data, response, requestId };
      if (!items.length) return;
      let next: Query | undefined;
      switch (config.style) {
        case "page": {
          const size = config.size === undefined ? undefined : Number(query[config.size]);
          if (size && items.length < size) return;
          next = { ...query, [config.page]: Number(query[config.page] ?? 1) + 1 };
          break;
        }
        case "offset": {
          const limit = Number(query[config.limit]);
          if (limit && items.length < limit) return;
          next = { ...query, [config.offset]: Number(query[config.offset] ?? 0) + items.length };
          break;
        }
        case "cursor": {
          const cursor = valueAt(data, config.next);
          if (cursor === undefined || cursor === null || cursor === "") return;
          next = { ...query, [config.cursor]: cursor };
          break;
        }
        case "next-url": {
          const url = valueAt(data, config.next);
          if (typeof url !== "string" || !url) return;
          next = queryOf(url, response.url);
          break;
        }
        case "link": {
          const url = linkNext(response.headers.get("link"));
          if (!url) return;
          next = queryOf(url, response.url);
          break;
        }
      }
      query = next;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}
