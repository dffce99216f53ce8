// The schema validator itself: it must reject what the schemas forbid, or the conformance
// checks elsewhere in the suite could never fail.
import { describe, expect, test } from "vitest";
import { SchemaValidator } from "../../src/openapi/schema-validator.ts";
import { loadDocument } from "../../src/providers/contract-providers.ts";

const flamel = new SchemaValidator(loadDocument("flamel"));
const freepik = new SchemaValidator(loadDocument("freepik"));

const image = {
  imageId: 1,
  createdAt: "2026-01-02T03:04:05Z",
  generationStatus: "COMPLETED",
  generationError: null,
  resolution: "512x512",
  ownerId: 2,
  etc: "",
  bookmarked: false,
  base64: "",
  mimeType: "image/webp",
  Bought: [],
  Bookmarks: [],
  Upscaled: [],
  GenerationInfo: { originalPrompt: "", super: "", main: "", variationId: 0, groupId: "", blurReason: "" },
};

function created(body: unknown) {
  return flamel.validateResponse({
    method: "POST",
    url: "http://127.0.0.1/api/images/create",
    status: 201,
    contentType: "application/json; charset=utf-8",
    body: JSON.stringify(body),
  });
}

describe("schema validator", () => {
  test("accepts a body that follows the schema, including OpenAPI 3.0 nullable enums", () => {
    const body = { images: [{ ...image, generationStatus: null }], defaultCredit: 1, dailyCredit: 2, monthlyCredit: 3 };
    expect(created(body)).toEqual({ valid: true });
  });

  test("rejects wrong types, missing required fields and patterns, through $refs to components", () => {
    const { resolution: _, ...noResolution } = image;
    expect(created({ images: [noResolution], defaultCredit: 1, dailyCredit: 2, monthlyCredit: 3 })).toEqual({
      valid: false,
      reason: "/images/0 must have required property 'resolution'",
    });
    expect(
      created({ images: [{ ...image, resolution: "huge" }], defaultCredit: "1", dailyCredit: 2, monthlyCredit: 3 }),
    ).toEqual({
      valid: false,
      reason: '/images/0/resolution must match pattern "^\\d{3,4}x\\d{3,4}$"; /defaultCredit must be number',
    });
    expect(
      created({
        images: [{ ...image, generationError: 5, generationStatus: "DONE" }],
        defaultCredit: 1,
        dailyCredit: 2,
        monthlyCredit: 3,
      }).valid,
    ).toBe(false);
  });

  test("checks formats (uuid) and allOf compositions", () => {
    const task = (task_id: string) =>
      freepik.validateResponse({
        method: "GET",
        url: `http://127.0.0.1/v1/ai/image-to-prompt/${task_id}`,
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ data: { task_id, status: "COMPLETED", generated: [] } }),
      });
    expect(task("046b6c7f-0b8a-43b9-b35d-6489e6daee91")).toEqual({ valid: true });
    expect(task("not-a-uuid")).toEqual({ valid: false, reason: '/data/task_id must match format "uuid"' });
  });

  test("rejects undocumented operations, statuses and media types, and bodies that are not JSON", () => {
    const base = {
      method: "POST",
      url: "http://127.0.0.1/api/images/create",
      status: 201,
      contentType: "application/json",
      body: "{}",
    };
    expect(flamel.validateResponse({ ...base, url: "http://127.0.0.1/api/images/delete" })).toEqual({
      valid: false,
      reason: "POST /api/images/delete is not a documented operation",
    });
    expect(flamel.validateResponse({ ...base, status: 418 })).toEqual({
      valid: false,
      reason: "POST /api/images/create does not document status 418",
    });
    expect(flamel.validateResponse({ ...base, contentType: "text/html" })).toEqual({
      valid: false,
      reason: "POST /api/images/create 201 documents application/json, not text/html",
    });
    expect(flamel.validateResponse({ ...base, body: "<html>" })).toEqual({
      valid: false,
      reason: "body is not JSON: <html>",
    });
  });
});
