// What every provider package's error guard (`is<Provider>ApiError`) must do at run time, as one
// suite each package runs against its own guard and client on a loopback server: recognise the
// error its own client throws, with the status and the code read from the body, and refuse another
// provider's ApiError and anything that is no ApiError. What the guard narrows to, and how the
// status narrows the code, is type-checked for every provider by tests/types. Core's classes come
// in as arguments: core's tests use this package, so it cannot import core.
import { describe, expect, it } from "vitest";
import { sendJson, useTestServer } from "./http-test-server.ts";

/** What core's ApiError constructor takes, as far as this suite fills it in. */
interface ApiErrorInit {
  provider: string;
  status: number;
  code: undefined;
  params: undefined;
  body: undefined;
  headers: Headers;
  method: string;
  url: string;
  message: string;
}

export interface GuardUnderTest {
  /** The guard's exported name, which names the suite (guards are made by a factory: no `.name`). */
  name: string;
  /** The package's guard, e.g. `isFlamelApiError`. */
  guard: (value: unknown) => boolean;
  /** Core's `ApiError` and `isApiError`, as the package re-exports them. */
  ApiError: new (
    init: ApiErrorInit,
  ) => Error;
  isApiError: (value: unknown) => boolean;
  /** Calls one of the package's helpers on a client of `baseUrl` with `maxRetries: 0`. */
  call: (baseUrl: string) => PromiseLike<unknown>;
  /** An error answer the provider documents, and the code the client must read from its body. */
  answer: { status: number; body: unknown; code: string };
}

async function rejection(call: PromiseLike<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("the call did not fail");
}

/** Registers the guard's suite. */
export function guardContract({ name, guard, ApiError, isApiError, call, answer }: GuardUnderTest): void {
  describe(name, () => {
    const server = useTestServer();

    it(`recognises the ApiError its own client throws for a ${answer.status}, with its status and code`, async () => {
      server.handle((_request, response) => sendJson(response, answer.status, answer.body));
      const error = await rejection(call(server.url));
      expect(guard(error)).toBe(true);
      expect(error).toMatchObject({ status: answer.status, code: answer.code });
    });

    it("is false for another provider's ApiError and for errors that are not ApiErrors", () => {
      // What another provider's client returns: the same class, tagged with that provider.
      const error = new ApiError({
        provider: "Another provider",
        status: answer.status,
        code: undefined,
        params: undefined,
        body: undefined,
        headers: new Headers(),
        method: "GET",
        url: "https://example.com/",
        message: String(answer.status),
      });
      expect(isApiError(error)).toBe(true);
      expect(guard(error)).toBe(false);
      for (const value of [new Error("x"), { status: answer.status }, undefined]) expect(guard(value)).toBe(false);
    });
  });
}
