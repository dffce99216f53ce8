import { sendJson, sendText, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnexpectedResponseError,
  UnprocessableEntityError,
  unwrap,
} from "../src/index.ts";
import { createTestClient } from "./test-api.ts";

const server = useTestServer();

const getItem = (options = {}) =>
  createTestClient(server.url, { maxRetries: 0, ...options }).GET("/items/{id}", { params: { path: { id: "7" } } });

describe("error statuses", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
  ])("%i is a %o carrying status, code, body and headers", async (status, errorClass) => {
    server.handle((_request, response) =>
      sendJson(response, status, { error: "some_code", message: "Human words" }, { "x-request-id": "r-1" }),
    );
    const { data, error, response } = await getItem();
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code: "some_code", body: { error: "some_code", message: "Human words" } });
    expect(error!.headers.get("x-request-id")).toBe("r-1");
    expect(error!.message).toBe(`${status} some_code: Human words (GET ${server.url}/items/7)`);
    expect(response.status).toBe(status);
  });

  it("matches a code with values against its template", async () => {
    server.handle((_request, response) => sendJson(response, 404, { error: "item_missing (352)" }));
    const { error } = await getItem();
    expect(error).toMatchObject({ status: 404, code: "item_missing", params: { id: "352" } });
    expect(error!.message).toContain("404 item_missing (352)");
  });

  it("matches templates with several values", async () => {
    server.handle((_request, response) => sendJson(response, 403, { error: "quota 10 of 10" }));
    const { error } = await getItem();
    expect(error).toMatchObject({ code: "quota", params: { used: "10", limit: "10" } });
  });

  it("passes an undocumented code through as its text", async () => {
    server.handle((_request, response) => sendJson(response, 403, { error: "brand_new_code" }));
    const { error } = await getItem();
    expect(error).toMatchObject({ code: "brand_new_code", params: undefined });
  });

  it("turns an HTML 502 from a proxy into an error with the page as body", async () => {
    const page =
      "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
    server.handle((_request, response) => sendText(response, 502, page));
    const { error } = await getItem();
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, code: undefined, body: page });
    expect(error!.message).toContain("502: non-JSON body: <html><head><title>502 Bad Gateway");
  });

  it("turns an empty error body into an error", async () => {
    server.handle((_request, response) => sendText(response, 500, ""));
    const { error } = await getItem();
    expect(error).toMatchObject({ status: 500, code: undefined });
    expect(error!.message).toContain("500: empty body");
  });

  it("turns a truncated JSON error body into an error with the text as body", async () => {
    server.handle((_request, response) => sendText(response, 403, '{"error":"not_enough_cre', "application/json"));
    const { error } = await getItem();
    expect(error).toMatchObject({ status: 403, code: undefined, body: '{"error":"not_enough_cre' });
  });
});

describe("success responses that are not what was promised", () => {
  it.each([
    ["an empty body", "", "has an empty body"],
    ["an HTML page", "<html>maintenance</html>", "is not valid JSON: <html>maintenance</html>"],
    ["truncated JSON", '{"id":"7', 'is not valid JSON: {"id":"7'],
  ])("%s becomes an UnexpectedResponseError result, not a crash", async (_name, text, problem) => {
    server.handle((_request, response) => sendText(response, 200, text, "application/json"));
    const { data, error } = await getItem();
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error!.status).toBe(200);
    expect(error!.message).toContain(`200 response ${problem}`);
  });

  it("a chunked empty body is caught too", async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" }); // no length: chunked
      response.end();
    });
    const { error } = await getItem();
    expect(error).toBeInstanceOf(UnexpectedResponseError);
  });

  it("a body cut off mid-read is a ConnectionError naming the status", async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"id":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const error = await getItem().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("200 response body of GET");
  });
});

describe("unwrap (the throwing style)", () => {
  it("returns the data of a success", async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: "7" }));
    expect(unwrap(await getItem())).toEqual({ id: "7" });
  });

  it("throws the typed error of a failure", async () => {
    server.handle((_request, response) => sendJson(response, 404, { error: "gone" }));
    const error = await getItem()
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: "gone" });
  });
});
