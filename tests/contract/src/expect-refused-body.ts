// A request body documented on GET or HEAD: fetch cannot send one, so the client refuses the call
// before anything is sent, with a typed error naming the method and the path. That refusal is the
// contract of every case of such an operation (not a ConnectionError from inside fetch).
import { ConnectionError, UnsendableRequestError } from "@image-sdk/core";
import { expect } from "vitest";
import type { ExchangeRecorder } from "./exchange-recorder.ts";
import type { DocumentedOperation } from "./openapi/documented-operations.ts";

export function bodyOnSafeMethod(operation: DocumentedOperation): boolean {
  return (operation.method === "get" || operation.method === "head") && operation.requestMediaType !== "";
}

export async function expectBodyRefused(
  attempt: Promise<unknown>,
  operation: DocumentedOperation,
  recorder: ExchangeRecorder,
): Promise<void> {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  const what = `${operation.key} documents a request body, which fetch cannot send on ${operation.method.toUpperCase()}`;
  expect(error, `${what}: refused inside fetch instead of before it`).not.toBeInstanceOf(ConnectionError);
  expect(error, `${what}: the client must refuse the call with UnsendableRequestError`).toBeInstanceOf(
    UnsendableRequestError,
  );
  expect((error as Error).message).toContain(operation.method.toUpperCase());
  expect((error as Error).message).toContain(operation.path);
  expect(recorder.exchanges).toEqual([]);
}
