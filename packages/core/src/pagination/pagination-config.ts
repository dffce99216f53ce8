// How one list operation pages, generated from the document (or its `x-image-sdk-pagination`
// extension) by scripts/pipeline/pagination-file.ts into src/generated/pagination.ts.
import type { JsonPath } from "../jobs/job-config.ts";

export type PaginationConfig = {
  /** The items of a page in its body (`[]`: the body is the list). */
  items: JsonPath;
} & (
  | { style: "page" /** Query parameter of the page number. */; page: string /** Of the page size. */; size?: string }
  | { style: "offset"; offset: string; limit: string }
  | {
      style: "cursor" /** Query parameter taking the cursor. */;
      cursor: string /** The next cursor in the body. */;
      next: JsonPath;
    }
  | { style: "next-url" /** The next page's URL in the body. */; next: JsonPath }
  | { style: "link" }
);
