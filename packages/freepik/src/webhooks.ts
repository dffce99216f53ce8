// Verifies Freepik's task-finished callback. Freepik signs callbacks the Standard Webhooks way
// (HMAC-SHA256 over "id.timestamp.body", base64, space-separated "v1," signatures, 5-minute
// timestamp tolerance); the `standardwebhooks` library does the crypto and constant-time compare.
// A separate entry (`@image-sdk/freepik/webhooks`) so clients that never receive callbacks do not
// load it.
//
// The secret: Freepik's examples HMAC with the secret string as it is shown; Standard Webhooks
// secrets (`whsec_…`) are base64 and are decoded first. So a secret starting with `whsec_` is
// base64-decoded, any other secret is used as its UTF-8 bytes.
import { ImageSdkError } from "@image-sdk/core";
import { WebhookVerificationError as LibraryError, Webhook } from "standardwebhooks";
import type { components } from "./generated/openapi.ts";

/** The callback body: the finished task, with the prompt in `generated`. */
export type TaskFinishedPayload = components["schemas"]["ImageToPromptTask"];

/** Headers as a fetch Headers object or a Node request's `headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** The callback is not authentic, is stale, or is not a task. */
export class WebhookVerificationError extends ImageSdkError {
  static {
    WebhookVerificationError.prototype.name = "WebhookVerificationError";
  }
}

const standardPrefix = "whsec_";

function verifierFor(secret: string): Webhook {
  try {
    return secret.startsWith(standardPrefix)
      ? new Webhook(secret)
      : new Webhook(new TextEncoder().encode(secret), { format: "raw" });
  } catch (error) {
    // The library rejects an empty key or bad base64; its message never includes the secret.
    throw new WebhookVerificationError(
      `Freepik webhook: unusable secret (${(error as Error).message}); a ${standardPrefix} secret must be base64 after the prefix.`,
      { cause: error },
    );
  }
}

function headerRecord(headers: WebhookHeaders): Record<string, string> {
  const record: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value !== undefined) record[name.toLowerCase()] = Array.isArray(value) ? value.join(" ") : value;
  }
  return record;
}

/**
 * Checks a callback's signature and age, and returns its typed payload. `body` must be the raw
 * request body, byte for byte (re-serialised JSON will not verify). Pass several secrets while
 * rotating: any one that verifies is enough. Throws WebhookVerificationError.
 */
export function verifyWebhook(
  body: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
): TaskFinishedPayload {
  const payload = typeof body === "string" ? body : new TextDecoder().decode(body);
  const record = headerRecord(headers);
  const secrets = typeof secret === "string" ? [secret] : secret;
  if (secrets.length === 0 || secrets.some((one) => one === "")) {
    throw new WebhookVerificationError("Freepik webhook: no secret given (an empty string is not a secret).");
  }
  let failure: unknown;
  const verified = secrets.some((one) => {
    try {
      verifierFor(one).verify(payload, record, { jsonParse: false });
      return true;
    } catch (error) {
      if (!(error instanceof LibraryError)) throw error;
      failure = error;
      return false;
    }
  });
  if (!verified) {
    throw new WebhookVerificationError(`Freepik webhook: ${(failure as Error).message}.`, { cause: failure });
  }
  let task: Partial<TaskFinishedPayload> | null;
  try {
    task = JSON.parse(payload);
  } catch (error) {
    throw new WebhookVerificationError("Freepik webhook: the signed body is not JSON.", { cause: error });
  }
  if (typeof task?.task_id !== "string" || typeof task.status !== "string" || !Array.isArray(task.generated)) {
    throw new WebhookVerificationError("Freepik webhook: the signed body is not a task (task_id, status, generated).");
  }
  return task as TaskFinishedPayload;
}
