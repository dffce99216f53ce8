import { sendJson, sendText, useTestServer } from "@image-sdk/test-support/http-test-server";
import { describe, expect, it } from "vitest";
import { ConnectionError, InvalidInputError, unwrap } from "../src/index.ts";
import { createTestClient, testKey } from "./test-api.ts";

const server = useTestServer();

const getItem = () =>
  createTestClient(server.url, { maxRetries: 0 }).GET("/items/{id}", { params: { path: { id: "7" } } });

describe("JSON.stringify(error)", () => {
  it("keeps name, message, status, code, requestId, and neither body nor headers", async () => {
    server.handle((_request, response) =>
      sendJson(response, 404, { error: "item_missing (9)", message: "No such item" }, { "x-request-id": "req-42" }),
    );
    const { error } = await getItem();
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: "NotFoundError",
      message: `404 item_missing (9): No such item (GET ${server.url}/items/7)`,
      provider: "Test",
      status: 404,
      code: "item_missing",
      params: { id: "9" },
      method: "GET",
      url: `${server.url}/items/7`,
      requestId: "req-42",
    });
  });

  it("keeps an UnexpectedResponseError's name and provider, and never the key", async () => {
    server.handle((_request, response) => sendText(response, 200, `not json ${testKey}`));
    const { error } = await getItem();
    const text = JSON.stringify(error);
    expect(JSON.parse(text)).toMatchObject({ name: "UnexpectedResponseError", provider: "Test", status: 200 });
    expect(text).not.toContain(testKey);
  });

  it("gives the errors that never reached a server their name and message too", () => {
    for (const error of [new InvalidInputError("too big"), new ConnectionError("refused")]) {
      expect(JSON.parse(JSON.stringify(error))).toEqual({ name: error.name, message: error.message });
    }
  });

  it("tags an error built later from a client's response with that client's provider", async () => {
    server.handle((_request, response) => {
      response.writeHead(204).end();
    });
    const result = await createTestClient(server.url).POST("/charges", { body: { amount: 1 } });
    expect(() => unwrap(result)).toThrow(
      expect.objectContaining({ name: "UnexpectedResponseError", provider: "Test" }),
    );
  });
});
