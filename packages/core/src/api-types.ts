// The types of a provider client's raw calls, from the openapi-typescript `paths` of its document:
// openapi-fetch's parameter and body options, and a result whose `data` is what the operation's
// documented media type yields (JSON parsed, text/* a string, binary media a Blob, no content
// undefined), so no `parseAs` has to be remembered.
import type { ParamsOption, RequestBodyOption } from "openapi-fetch";
import type { RequestOptions } from "./client-options.ts";
import type { ApiError } from "./errors.ts";
import type { EventStream } from "./streams/event-stream.ts";

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

type OkStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | "2XX";

/** Media types whose bodies come back as a Blob. */
type BinaryMedia =
  | `image/${string}`
  | `audio/${string}`
  | `video/${string}`
  | `font/${string}`
  | "application/octet-stream"
  | "application/pdf"
  | "application/zip";

type MediaValue<Media, Value> = Media extends `${string}json${string}`
  ? Value
  : Media extends "text/event-stream"
    ? EventStream<Value>
    : Media extends `text/${string}`
      ? string
      : Media extends BinaryMedia
        ? Blob
        : Value;

type BodyOf<Response> = Response extends { content: infer Content }
  ? [keyof Content] extends [never]
    ? undefined
    : { [Media in keyof Content]: MediaValue<Media, Content[Media]> }[keyof Content]
  : undefined;

/** What a success of the operation carries: each documented 2xx response's body, by media type. */
export type SuccessData<Operation> = Operation extends { responses: infer Responses }
  ? { [Status in keyof Responses]: Status extends OkStatus ? BodyOf<Responses[Status]> : never }[keyof Responses]
  : unknown;

/**
 * `{ data, error, response }` as in openapi-fetch, with `error` a typed ApiError, and `requestId`:
 * the provider's id for the request (`x-request-id` or a common variant), undefined when it sends none.
 */
export type ApiResult<Operation, Err> =
  | { data: SuccessData<Operation>; error?: never; response: Response; requestId: string | undefined }
  | { data?: never; error: Err; response: Response; requestId: string | undefined };

/**
 * The result of a raw call: `client.POST("/path", …)` is a `CallResult<Paths, "/path", "post", Err>`.
 * The same type as ApiResult of the path's operation, under a name an editor shows on hover
 * instead of the operation's whole expansion (parameters, bodies, every response).
 */
export type CallResult<Paths, Path extends keyof Paths, Method extends HttpMethod, Err> = ApiResult<
  OperationOf<Paths[Path], Method>,
  Err
>;

type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/**
 * The init of a call: `params` and `body` as the document has them, plus per-call options and
 * headers (`null` removes one the client would send).
 */
export type CallInit<Operation> = ParamsOption<Operation> & RequestBodyOption<Operation> & RequestOptions;

type InitArgs<Init> = RequiredKeysOf<Init> extends never ? [init?: Init] : [init: Init];

type OperationOf<PathItem, Method extends HttpMethod> = PathItem extends { [M in Method]: infer Op }
  ? undefined extends Op
    ? never
    : Op
  : never;

/** The paths that have an operation for `Method`. */
export type PathsWithMethod<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: [OperationOf<Paths[Path], Method>] extends [never] ? never : Path;
}[keyof Paths] &
  string;

export type ApiMethod<Paths extends {}, Method extends HttpMethod, Err> = <Path extends PathsWithMethod<Paths, Method>>(
  url: Path,
  ...init: InitArgs<CallInit<OperationOf<Paths[Path], Method>>>
) => Promise<CallResult<Paths, Path, Method, Err>>;

/** A provider client's raw calls, one per HTTP method, typed like openapi-fetch's, with typed errors. */
export interface ApiClient<Paths extends {}, Err = ApiError> {
  GET: ApiMethod<Paths, "get", Err>;
  PUT: ApiMethod<Paths, "put", Err>;
  POST: ApiMethod<Paths, "post", Err>;
  DELETE: ApiMethod<Paths, "delete", Err>;
  OPTIONS: ApiMethod<Paths, "options", Err>;
  HEAD: ApiMethod<Paths, "head", Err>;
  PATCH: ApiMethod<Paths, "patch", Err>;
  TRACE: ApiMethod<Paths, "trace", Err>;
}
