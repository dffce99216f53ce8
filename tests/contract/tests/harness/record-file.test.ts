// What a recording keeps of a body: small files (long strings and arrays cut with a marker, long
// texts cut, binaries as their SHA-256 and size), each cut listed by its JSON pointer; and the check
// of a recording leaves alone what the recorder cut or redacted, while it still reports the rest.
import type { Json, JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, expect, test } from "vitest";
import { documentedOperations } from "../../src/openapi/documented-operations.ts";
import { SchemaValidator } from "../../src/openapi/schema-validator.ts";
import { checkExchange } from "../../src/record/check-exchange.ts";
import { bodyBytes, RECORDING_FORMAT, type Recording, recordBody } from "../../src/record/recording-file.ts";
import { recordingRedactor } from "../../src/record/redact-recording.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const item = (index: number) => ({ id: `item-${index}`, size: index });
const long = "a".repeat(3000);

describe("a recording keeps a body small", () => {
  test("long arrays and strings in JSON are cut with a marker, and each cut is listed by its pointer", () => {
    const sent = { items: Array.from({ length: 30 }, (_, index) => item(index)), note: long, nested: { tags: ["x"] } };
    const body = recordBody(bytes(JSON.stringify(sent)), "application/json; charset=utf-8")!;
    expect(body.json).toEqual({
      items: [...sent.items.slice(0, 20), "…[truncated: 10 more items]"],
      note: `${"a".repeat(1024)}…[truncated: 1976 more characters]`,
      nested: { tags: ["x"] },
    });
    expect(body.truncated).toEqual(["/items", "/note"]);
  });

  test("a body under the limits is kept as sent, with no cut listed", () => {
    const sent = { items: [item(1)], note: "short" };
    expect(recordBody(bytes(JSON.stringify(sent)), "application/json")).toEqual({ json: sent });
  });

  test("the whole copy the recorder checks keeps everything", () => {
    const sent = { items: Array.from({ length: 30 }, (_, index) => item(index)), note: long };
    expect(recordBody(bytes(JSON.stringify(sent)), "application/json", true)).toEqual({ json: sent });
  });

  test("a long text body is cut at 4,096 characters with a marker", () => {
    const body = recordBody(bytes("b".repeat(5000)), "text/plain")!;
    expect(body).toEqual({ text: `${"b".repeat(4096)}…[truncated: 904 more characters]`, truncated: [""] });
  });

  test("a binary body is kept as its SHA-256 and size, and replays as that many bytes", () => {
    const body = recordBody(bytes("abc"), "image/png")!;
    // SHA-256("abc"), the test vector of FIPS 180-2.
    expect(body).toEqual({
      binary: { sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", size: 3 },
    });
    expect(bodyBytes(body)).toHaveLength(3);
  });

  test("no body, no recorded body", () => {
    expect(recordBody(new Uint8Array(), "application/json")).toBeUndefined();
  });
});

const document: JsonObject = {
  openapi: "3.1.0",
  info: { title: "Recording fixture", version: "1.0.0" },
  paths: {
    "/items": {
      get: {
        operationId: "listItems",
        responses: {
          "200": {
            description: "Items",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items", "owner"],
                  properties: {
                    items: { type: "array", maxItems: 25, items: { $ref: "#/components/schemas/Item" } },
                    note: { type: "string", maxLength: 2000 },
                    owner: { type: "object", required: ["id"], properties: { id: { type: "integer" } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Item: {
        type: "object",
        required: ["id", "size"],
        properties: { id: { type: "string" }, size: { type: "integer" } },
      },
    },
  },
};

/** The answer as `contract:record` writes it: cut to size, then redacted (`owner` is a personal field). */
function recorded(sent: Json): Recording {
  const redact = recordingRedactor({ secrets: [], document, rules: [{ field: "owner" }] });
  const body = recordBody(bytes(JSON.stringify(sent)), "application/json")!;
  return redact({
    format: RECORDING_FORMAT,
    provider: "fixture",
    operation: "GET /items",
    recordedAt: "2026-01-02T03:04:05.000Z",
    request: { method: "GET", path: "/items", headers: {} },
    response: { status: 200, headers: { "content-type": "application/json" }, body },
  });
}

const check = (recording: Recording) =>
  checkExchange(
    { document, operations: documentedOperations(document), validator: new SchemaValidator(document) },
    recording,
  );

describe("checking a recording", () => {
  const items = Array.from({ length: 24 }, (_, index) => item(index));

  test("leaves alone the marker of cut items, the cut string and the redacted field", () => {
    const recording = recorded({ items, note: long, owner: { id: 7 } });
    expect(recording.response.body).toMatchObject({ truncated: ["/items", "/note"], redacted: ["/owner"] });
    expect(recording.response.body!.json).toMatchObject({ owner: "[redacted]" });
    expect(check(recording)).toEqual([]);
  });

  test("still reports what the API got wrong in what the recording kept", () => {
    const wrong = items.map((each, index) => (index === 3 ? { id: each.id } : each));
    const recording = recorded({ items: wrong, note: long, owner: { id: 7 } });
    expect(check(recording)).toMatchObject([{ kind: "body", pointer: "/response/body/items/3/size" }]);
  });

  test("still reports a marker the API itself sent where no cut was made", () => {
    const recording = recorded({ items: [item(1)], note: "…[truncated: 3 more items]", owner: { id: 7 } });
    expect(recording.response.body!.truncated).toBeUndefined();
    expect(check(recording)).toEqual([]);
    const marker = recorded({ items: [item(1), "…[truncated: 3 more items]"], owner: { id: 7 } });
    expect(check(marker)).toMatchObject([{ kind: "body", pointer: "/response/body/items/1" }]);
  });
});
