// A small API in the shape openapi-typescript generates, to exercise the shared client without
// depending on a provider package: a GET (idempotent) and a POST that "spends money".
import type { ApiErrorOf, ClientOptions } from "../src/index.ts";
import { createApiClient, type ProviderConfig } from "../src/internal.ts";

interface ItemOperation {
  parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
  requestBody?: never;
  responses: {
    200: { headers: { [name: string]: unknown }; content: { "application/json": { id: string } } };
    404: { headers: { [name: string]: unknown }; content: { "application/json": { error: string } } };
  };
}
interface ChargeOperation {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
  requestBody: { content: { "application/json": { amount: number; note?: string } } };
  responses: {
    201: { headers: { [name: string]: unknown }; content: { "application/json": { charged: boolean } } };
    403: { headers: { [name: string]: unknown }; content: { "application/json": { error: string } } };
  };
}
export interface TestPaths {
  "/items/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: ItemOperation;
    post?: never;
  };
  "/charges": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    post: ChargeOperation;
  };
}

export interface TestErrorCodes {
  403: "not_enough_credit" | "need_upgrade";
  404: "item_missing" | "gone";
}

export const testProvider: ProviderConfig = {
  name: "Test",
  env: {
    apiKey: "IMAGE_SDK_TEST_API_KEY",
    username: "IMAGE_SDK_TEST_USERNAME",
    password: "IMAGE_SDK_TEST_PASSWORD",
    baseUrl: "IMAGE_SDK_TEST_BASE_URL",
  },
  servers: [{ url: "http://127.0.0.1:9" }], // never used: every test passes its server's URL
  securitySchemes: { key: { type: "apiKey", in: "header", name: "x-test-key" } },
  errorCodeProperty: "error",
  errorTemplates: { item_missing: "item_missing (:id)", quota: "quota :used of :limit" },
  operations: {
    "GET /items/{id}": { security: [["key"]], responses: { 200: "json" } },
    "POST /charges": { security: [["key"]], request: ["json", "application/json"], responses: { 201: "json" } },
  },
};

export const testKey = "sk-test-4f9a1c0b7e2d";

export function createTestClient(baseUrl: string, options: ClientOptions = {}) {
  return createApiClient<TestPaths, ApiErrorOf<TestErrorCodes>>(testProvider, {
    apiKey: testKey,
    baseUrl,
    retryDelay: 5,
    ...options,
  });
}
