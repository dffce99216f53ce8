import { describe, expect, expectTypeOf, it } from "vitest";
import type { WithResponse } from "../src/index.ts";
import { ApiPromise } from "../src/internal.ts";

const response = new Response("{}", { status: 200 });
const full = (data: string): WithResponse<string, { taskId: string }> => ({
  data,
  response,
  requestId: "req-1",
  taskId: "t-1",
});

describe("ApiPromise", () => {
  it("awaits to the data, and withResponse() to the whole result", async () => {
    const promise = new ApiPromise(Promise.resolve(full("a cat")));
    expect(await promise).toBe("a cat");
    expect(await promise.withResponse()).toEqual(full("a cat"));
    expectTypeOf(await promise).toEqualTypeOf<string>();
    expectTypeOf(await promise.withResponse()).toEqualTypeOf<WithResponse<string, { taskId: string }>>();
  });

  it("is a Promise to code that checks, and works with Promise.all, then, catch and finally", async () => {
    const promise = new ApiPromise(Promise.resolve(full("x")));
    expect(promise).toBeInstanceOf(Promise);
    expect(await Promise.all([promise, promise])).toEqual(["x", "x"]);
    expect(await promise.then((data) => data.toUpperCase())).toBe("X");
    let settled = false;
    expect(await promise.finally(() => (settled = true))).toBe("x");
    expect(settled).toBe(true);
    const failed = new ApiPromise<string>(Promise.reject(new Error("boom")));
    expect(await failed.catch((error: unknown) => (error as Error).message)).toBe("boom");
    await expect(failed.withResponse()).rejects.toThrow("boom");
    // then() builds plain promises: nothing is constructed through the subclass.
    expect(promise.then(() => 1)).not.toBeInstanceOf(ApiPromise);
  });

  it("reads the result once however often it is awaited", async () => {
    let reads = 0;
    const result = Promise.resolve(full("once")).then((value) => {
      reads++;
      return value;
    });
    const promise = new ApiPromise(result);
    await promise;
    await promise;
    await promise.withResponse();
    expect(reads).toBe(1);
  });
});
