// A client without credentials is refused, before anything is sent, for an operation that needs
// them; the environment variables the client would fall back to are unset for the test.
import { MissingApiKeyError } from "@image-sdk/core";
import { describe, expect, test, vi } from "vitest";
import { recordExchanges } from "../../src/exchange-recorder.ts";
import { bodyOnSafeMethod } from "../../src/expect-refused-body.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";

const { provider, mockUrl, operations, calls } = await providerUnderTest();

/** `<PREFIX>_API_KEY`, `_USERNAME`, `_PASSWORD`: what a client reads when no option is given. */
const prefix = provider.toUpperCase().replace(/[^A-Z0-9]/g, "_");
// Not a GET/HEAD documented with a body: the client refuses that body before it looks at credentials.
const sendable = operations.filter((operation) => !bodyOnSafeMethod(operation));
const secured = sendable.find(
  (operation) =>
    operation.security.length > 0 && operation.security.every((alternative) => Object.keys(alternative).length),
);
const open = sendable.find((operation) => !operation.security.some((alternative) => Object.keys(alternative).length));

describe(`${provider}: without credentials`, () => {
  test(`${secured?.key ?? open?.key}: ${secured ? "refused before any request is sent" : "every operation works"}`, async () => {
    for (const name of ["API_KEY", "USERNAME", "PASSWORD"]) vi.stubEnv(`${prefix}_${name}`, undefined);
    const recorder = recordExchanges();
    try {
      const attempt = async () => {
        const client = calls.createClient({ baseUrl: mockUrl, fetch: recorder.fetch }, false);
        return calls.operations[(secured ?? open)!.key]!.call(client, { headers: {} });
      };
      if (secured) {
        await expect(attempt()).rejects.toThrow(MissingApiKeyError);
        expect(recorder.exchanges).toEqual([]);
      } else {
        expect((await attempt()).response.ok).toBe(true);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
