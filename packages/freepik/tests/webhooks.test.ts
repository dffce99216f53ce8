// Signatures here are computed with node:crypto, independently of the standardwebhooks library
// the verifier uses, following the Standard Webhooks scheme Freepik documents.
import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type TaskFinishedPayload, verifyWebhook, WebhookVerificationError } from "../src/webhooks.ts";

const body = JSON.stringify({
  task_id: "046b6c7f-0b8a-43b9-b35d-6489e6daee91",
  status: "COMPLETED",
  generated: ["a lighthouse"],
});
const rawSecret = "freepik-webhook-secret-7d2c";
const now = () => Math.floor(Date.now() / 1000);

function sign(key: Uint8Array | string, id: string, timestamp: number, payload: string): string {
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${payload}`).digest("base64")}`;
}
function headers(signature: string, timestamp = now(), id = "msg_2b7k") {
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signature };
}

describe("verifyWebhook", () => {
  it("accepts a valid callback and returns the typed task", () => {
    const t = now();
    const task: TaskFinishedPayload = verifyWebhook(body, headers(sign(rawSecret, "msg_2b7k", t, body), t), rawSecret);
    expect(task).toEqual(JSON.parse(body));
    expect(task.generated[0]).toBe("a lighthouse");
  });

  it("accepts fetch Headers, mixed-case names and a Uint8Array body", () => {
    const t = now();
    const fetchHeaders = new Headers({
      "Webhook-Id": "msg_2b7k",
      "Webhook-Timestamp": String(t),
      "Webhook-Signature": sign(rawSecret, "msg_2b7k", t, body),
    });
    expect(verifyWebhook(new TextEncoder().encode(body), fetchHeaders, rawSecret).status).toBe("COMPLETED");
  });

  it("decodes a whsec_ secret as base64 (Standard Webhooks secrets)", () => {
    const keyBytes = randomBytes(24);
    const t = now();
    const secret = `whsec_${keyBytes.toString("base64")}`;
    expect(verifyWebhook(body, headers(sign(keyBytes, "msg_2b7k", t, body), t), secret).status).toBe("COMPLETED");
    // Signed with the secret's text instead of its decoded bytes: not the same key.
    expect(() => verifyWebhook(body, headers(sign(secret, "msg_2b7k", t, body), t), secret)).toThrow(
      WebhookVerificationError,
    );
  });

  it("rejects a tampered body", () => {
    const t = now();
    const tampered = body.replace("a lighthouse", "a lighthouse!");
    expect(() => verifyWebhook(tampered, headers(sign(rawSecret, "msg_2b7k", t, body), t), rawSecret)).toThrow(
      "Freepik webhook: No matching signature found.",
    );
  });

  it("rejects a tampered id or timestamp", () => {
    const t = now();
    const signature = sign(rawSecret, "msg_2b7k", t, body);
    expect(() => verifyWebhook(body, headers(signature, t, "msg_other"), rawSecret)).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(body, headers(signature, t - 1), rawSecret)).toThrow(WebhookVerificationError);
  });

  it("rejects the wrong secret", () => {
    const t = now();
    expect(() => verifyWebhook(body, headers(sign("another-secret", "msg_2b7k", t, body), t), rawSecret)).toThrow(
      WebhookVerificationError,
    );
  });

  it("rejects a stale or future timestamp, even correctly signed", () => {
    const stale = now() - 10 * 60;
    expect(() => verifyWebhook(body, headers(sign(rawSecret, "msg_2b7k", stale, body), stale), rawSecret)).toThrow(
      "Freepik webhook: Message timestamp too old.",
    );
    const future = now() + 10 * 60;
    expect(() => verifyWebhook(body, headers(sign(rawSecret, "msg_2b7k", future, body), future), rawSecret)).toThrow(
      "Freepik webhook: Message timestamp too new.",
    );
  });

  it("accepts any of several signatures (sender rotating keys)", () => {
    const t = now();
    const header = `${sign("old-secret", "msg_2b7k", t, body)} ${sign(rawSecret, "msg_2b7k", t, body)}`;
    expect(verifyWebhook(body, headers(header, t), rawSecret).status).toBe("COMPLETED");
  });

  it("accepts any of several secrets (receiver rotating keys)", () => {
    const t = now();
    expect(
      verifyWebhook(body, headers(sign(rawSecret, "msg_2b7k", t, body), t), ["new-secret", rawSecret]).status,
    ).toBe("COMPLETED");
    expect(() =>
      verifyWebhook(body, headers(sign(rawSecret, "msg_2b7k", t, body), t), ["new-secret", "older-secret"]),
    ).toThrow(WebhookVerificationError);
  });

  it("rejects missing headers, an empty secret, and a signed body that is not a task", () => {
    const t = now();
    expect(() => verifyWebhook(body, { "webhook-id": "msg_2b7k" }, rawSecret)).toThrow(
      "Freepik webhook: Missing required headers.",
    );
    expect(() => verifyWebhook(body, headers(sign(rawSecret, "msg_2b7k", t, body), t), "")).toThrow("no secret given");
    const notTask = JSON.stringify({ hello: "world" });
    expect(() => verifyWebhook(notTask, headers(sign(rawSecret, "msg_2b7k", t, notTask), t), rawSecret)).toThrow(
      "not a task",
    );
  });

  it("never repeats the secret in its errors", () => {
    const t = now();
    for (const secret of [rawSecret, "whsec_!!notbase64!!"]) {
      const error = (() => {
        try {
          verifyWebhook(body, headers(sign("x", "msg_2b7k", t, body), t), secret);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect(`${error!.message} ${String(error!.cause)}`).not.toContain(secret.replace("whsec_", ""));
    }
  });
});
