// An operation that declares an idempotency header (OperationConfig.idempotency) gets a key on
// every call: the caller's own when they set that header, else a fresh UUID. The request object
// is built once per call and re-sent as it is, so every retry carries the same key, and the
// server can recognise a retried POST and charge it once.
import type { OutgoingRequest } from "./send-request.ts";

/** Sets the operation's idempotency header on `request` unless the caller did; true when it carries one. */
export function addIdempotencyKey(request: OutgoingRequest, header: string | undefined): boolean {
  if (!header) return false;
  request.headers[header] ??= crypto.randomUUID();
  return true;
}
