// What the generator reads about auth where OpenAPI has no field for it: the prefix of a key in
// Authorization (prose or the overlay extension), and a key documented as a plain header
// parameter in a document with no securitySchemes.
import { describe, expect, it } from "vitest";
import { authPrefix } from "../../pipeline/auth-prefix.ts";
import { providerConfig } from "../../pipeline/provider-config.ts";

describe("authPrefix", () => {
  it.each([
    ["Send `Authorization: Token <your key>`.", "Token"],
    ["Use the header: Key {API_KEY}", "Key"],
    ['Format: "DeepL-Auth-Key [yourAuthKey]"', "DeepL-Auth-Key"],
    ["Bearer $API_TOKEN works too", "Bearer"],
    ["Your API key, sent as it is.", undefined],
    ["Authorization <key>", undefined],
  ])("from the description %j: %j", (description, prefix) => {
    expect(authPrefix({ description }, "Authorization")).toBe(prefix);
  });

  it("the overlay extension wins, and only Authorization takes a prefix from prose", () => {
    expect(authPrefix({ "x-image-sdk-auth-prefix": "Key", description: "Token <k>" }, "Authorization")).toBe("Key");
    expect(authPrefix({ "x-image-sdk-auth-prefix": "Key" }, "X-Api-Key")).toBe("Key");
    expect(authPrefix({ description: "Token <k>" }, "X-Api-Key")).toBeUndefined();
  });
});

const document = (parameter: object, components: object = {}) => ({
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {
    "/a": {
      get: {
        parameters: [{ in: "header", required: true, schema: { type: "string" }, ...parameter }],
        responses: { "200": { description: "ok" } },
      },
    },
  },
  components,
});

describe("a key documented as a required header parameter", () => {
  it("becomes an apiKey scheme the operation requires, with its prefix", () => {
    const config = providerConfig(
      "relay",
      document({ name: "Authorization", description: "Format: `Key <your key>`" }),
    );
    expect(config.securitySchemes).toEqual({
      "header:Authorization": { type: "apiKey", in: "header", name: "Authorization", prefix: "Key" },
    });
    expect(config.operations["GET /a"]!.security).toEqual([["header:Authorization"]]);
  });

  it("not when the document declares securitySchemes, nor for an ordinary header", () => {
    const schemes = { securitySchemes: { k: { type: "apiKey", in: "header", name: "X-Key" } } };
    expect(providerConfig("relay", document({ name: "X-Api-Key" }, schemes)).operations["GET /a"]).toEqual({
      responses: { "200": "empty" },
    });
    expect(providerConfig("relay", document({ name: "Accept-Language" })).securitySchemes).toEqual({});
  });
});
