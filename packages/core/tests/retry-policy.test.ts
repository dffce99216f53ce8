// The retry decision as a table: failure kind × method × attempt. The rule it states (README,
// "Retries"): idempotent methods retry every transient failure; POST and PATCH only failures that
// prove the request was not processed; never past maxRetries.
import { describe, expect, it } from "vitest";
import { type Failure, mayRetry } from "../src/retry-policy.ts";

const idempotent = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"];
const charging = ["POST", "PATCH"];

/** failure → [retried for idempotent methods, retried for POST/PATCH] */
const table: Array<[Failure, boolean, boolean]> = [
  ["not-sent", true, true],
  ["timeout", true, false],
  ["connection", true, false],
  [408, true, false],
  [429, true, true],
  [500, true, false],
  [502, true, false],
  [503, true, true],
  [504, true, false],
  [400, false, false],
  [401, false, false],
  [403, false, false],
  [404, false, false],
  [409, false, false],
  [422, false, false],
  [501, false, false],
];

describe("mayRetry", () => {
  const cases = table.flatMap(([failure, forIdempotent, forCharging]) =>
    [...idempotent, ...charging].flatMap((method) =>
      [0, 1, 2].map((attempt) => {
        const allowed = idempotent.includes(method) ? forIdempotent : forCharging;
        // maxRetries 2: attempts 0 and 1 may be followed by another, attempt 2 is the last.
        return [failure, method, attempt, allowed && attempt < 2] as const;
      }),
    ),
  );

  it.each(cases)("%s after %s attempt %i → %s", (failure, method, attempt, expected) => {
    expect(mayRetry(failure, method, attempt, 2)).toBe(expected);
  });

  it("never retries with maxRetries 0", () => {
    for (const [failure] of table) for (const method of idempotent) expect(mayRetry(failure, method, 0, 0)).toBe(false);
  });
});
