// Adds `paginate(path, init)` to a client whose document has list operations that page. Imported
// by a generated client only then, so other packages do not carry it.
import { contextOf, withContext } from "../client-context.ts";
import { InvalidInputError } from "../errors.ts";
import type { UntypedCallInit } from "../outgoing-request.ts";
import { type Paginator, paginate } from "./paginate.ts";
import type { PaginationConfig } from "./pagination-config.ts";

/** What `withPagination` adds, untyped: the generated `<Pascal>Pages` interface types it per path. */
export interface PaginateMethod {
  paginate(path: string, init?: object): Paginator<unknown>;
}

export function withPagination<Extended extends PaginateMethod = PaginateMethod>(
  client: object,
  operations: Readonly<Record<string, PaginationConfig>>,
): Extended {
  const context = contextOf(client);
  const get = (client as { GET: Parameters<typeof paginate>[0] }).GET;
  const extended = {
    ...client,
    paginate(path: string, init: UntypedCallInit = {}) {
      const config = Object.hasOwn(operations, path) ? operations[path] : undefined;
      if (!config)
        throw new InvalidInputError(
          `${context?.provider ?? "image-sdk"}: paginate takes a list operation that pages (${Object.keys(operations).join(", ")}); got ${JSON.stringify(path)}.`,
        );
      return paginate(get, path, config, init);
    },
  } as unknown as Extended;
  return context ? withContext(extended, context) : extended;
}
