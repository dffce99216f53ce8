import { ApiPromise } from "./api-promise.ts";
import type { ApiResult } from "./api-types.ts";
import { unwrap } from "./unwrap.ts";

/**
 * A helper's ApiPromise from one raw call: the call's data (its error thrown), checked and shaped
 * by `read`, which throws `unexpectedResponse(result, ...)` for a success of the wrong shape.
 */
export function helperPromise<Result extends ApiResult<unknown, unknown>, Data>(
  call: Promise<Result>,
  read: (data: NonNullable<Result["data"]>, result: Result) => Data,
): ApiPromise<Data> {
  return new ApiPromise(
    call.then((result) => ({
      data: read(unwrap(result), result),
      response: result.response,
      requestId: result.requestId,
    })),
  );
}
