// An operation documenting a JSON body first and a multipart one too (a URL or a file, as image
// APIs do) gets the multipart alternative in its configuration, for bodies that hold a file.
import { expect, it } from "vitest";
import { providerConfig } from "../../pipeline/provider-config.ts";
import { parseOpenApi } from "../../repo/parse-openapi.ts";

const body = (content: Record<string, unknown>) => ({
  post: { requestBody: { content }, responses: { 200: { description: "OK" } } },
});
const object = { schema: { type: "object" } };
const document = {
  openapi: "3.1.0",
  info: { title: "files", version: "1" },
  paths: {
    "/both": body({
      "application/json": object,
      "multipart/form-data": { ...object, encoding: { options: { contentType: "application/json" } } },
    }),
    "/multipart-first": body({ "multipart/form-data": object, "application/json": object }),
    "/json-only": body({ "application/json": object }),
  },
};

it("keeps the first media type and adds the multipart one, with its JSON parts, where it comes later", () => {
  const { operations } = providerConfig("files", parseOpenApi(JSON.stringify(document), "files"));
  expect(operations["POST /both"]).toMatchObject({
    request: ["json", "application/json"],
    fileRequest: ["multipart", "multipart/form-data", ["options"]],
  });
  expect(operations["POST /multipart-first"]?.request).toEqual(["multipart", "multipart/form-data"]);
  expect(operations["POST /multipart-first"]?.fileRequest).toBeUndefined();
  expect(operations["POST /json-only"]?.fileRequest).toBeUndefined();
});
