import { describe, expect, it } from "vitest";
import { derivedOperationName, operationNames } from "../../repo/operation-names.ts";

describe("operation names", () => {
  it("derives camelCase names from the method and path, suffixes and parameters included", () => {
    expect(derivedOperationName("get", "/v1/images/{image_id}/variations")).toBe("getV1ImagesByImageIdVariations");
    expect(derivedOperationName("post", "/render?format=png")).toBe("postRenderFormatPng");
    expect(derivedOperationName("post", "/render#svg")).toBe("postRenderSvg");
    expect(derivedOperationName("get", "/")).toBe("get");
  });

  it("keeps operationIds, and makes every name unique in document order, the same each time", () => {
    const document = {
      paths: {
        "/a/{id}": { get: {} },
        "/a/id": { get: {}, post: { operationId: "getAById" } },
        "/b": { get: { operationId: "listB" }, post: { operationId: "listB" } },
      },
    };
    const expected = new Map([
      ["GET /a/{id}", "getAById2"],
      ["GET /a/id", "getAId"],
      ["POST /a/id", "getAById"],
      ["GET /b", "listB"],
      ["POST /b", "listB2"],
    ]);
    expect(operationNames(document)).toEqual(expected);
    expect(operationNames(structuredClone(document))).toEqual(expected);
  });
});
