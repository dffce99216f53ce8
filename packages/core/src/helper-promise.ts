import { ApiPromise } from "./api-promise.ts";
import { unwrap } from "./unwrap.ts";

type CallResult = { data?: unknown; error?: unknown; response: Response; requestId: string | undefined };

/**
 * A helper's ApiPromise from one raw call: the call's data (its error thrown), checked and shaped
 * by `read`, which throws `unexpectedResponse(...)` for a success of the wrong shape.
 */
export function helperPromise<Result extends CallResult, Data>(
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
