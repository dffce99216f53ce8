import { afterEach, describe, expect, it } from "vitest";
import { identify, sdkHeaders } from "../src/internal.ts";

const scope = globalThis as { window?: unknown; document?: unknown };
afterEach(() => {
  delete scope.window;
  delete scope.document;
});

describe("sdkHeaders", () => {
  it("is a User-Agent outside browsers", () => {
    expect(sdkHeaders("@image-sdk/digital-ocean", "1.2.3")).toEqual({ "user-agent": "image-sdk-digital-ocean/1.2.3" });
  });

  it("is x-image-sdk-version in a browser, whose User-Agent a script cannot set", () => {
    scope.window = {};
    scope.document = {};
    expect(sdkHeaders("@image-sdk/novita", "0.1.0")).toEqual({ "x-image-sdk-version": "image-sdk-novita/0.1.0" });
  });

  it("adds the header to a provider's own headers", () => {
    expect(
      identify({ name: "X", headers: { "accept-language": "en" } }, { name: "@image-sdk/x", version: "2.0.0" }),
    ).toEqual({
      name: "X",
      headers: { "accept-language": "en", "user-agent": "image-sdk-x/2.0.0" },
    });
  });
});
