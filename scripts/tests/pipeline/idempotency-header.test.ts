// The idempotency header of each operation, as the generated provider configuration states it:
// found by name among the header parameters, or declared with x-image-sdk-idempotency.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../pipeline/json-ref.ts";
import { providerConfig } from "../../pipeline/provider-config.ts";
import { parseOpenApi } from "../../repo/parse-openapi.ts";

const fixture = new URL("../fixtures/quirk-documents/idempotency.openapi.yaml", import.meta.url);
const load = async () => parseOpenApi(await readFile(fixture, "utf8"), "idempotency.openapi.yaml") as JsonObject;

describe("the idempotency header of an operation", () => {
  it("is found by name (a $ref'd Idempotency-Key, a vendor's variant) or declared, else absent", async () => {
    const { operations } = providerConfig("keys", await load());
    expect(operations["POST /orders"]?.idempotency).toBe("idempotency-key");
    expect(operations["POST /images"]?.idempotency).toBe("x-acme-idempotency-key");
    expect(operations["POST /upscales"]?.idempotency).toBe("request-id");
    expect(operations["POST /charges"]).not.toHaveProperty("idempotency");
  });

  it("a declaration that is not a header name fails, naming the value", async () => {
    const document = await load();
    const upscales = ((document.paths as JsonObject)["/upscales"] as JsonObject).post as JsonObject;
    upscales["x-image-sdk-idempotency"] = "Request Id";
    expect(() => providerConfig("keys", document)).toThrow(
      'x-image-sdk-idempotency must be a header name; got "Request Id"',
    );
  });
});
