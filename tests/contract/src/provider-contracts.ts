// How to send each documented operation through its provider package's client. This is the only
// hand-written part per operation; responses, examples and statuses come from the document. An
// operation missing here has no contract tests, and the coverage gate says so.
import { createFlamelClient, type FlamelClient } from "@image-sdk/flamel";
import { createFreepikClient, type FreepikClient } from "@image-sdk/freepik";
import { createNovitaClient, type NovitaClient } from "@image-sdk/novita";
import type { Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { type DocumentedOperation, documentedOperations } from "./openapi/documented-operations.ts";
import { loadDocument, type ProviderName } from "./provider-documents.ts";

/** Where the client goes and how the test watches it. */
export interface MockClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
  /** Client-wide headers, e.g. a `Prefer` that flow helpers (which take no headers) must carry. */
  headers?: Record<string, string>;
}

export interface SendOptions {
  /** Per-call headers; `null` removes one the client would send (openapi-fetch's rule). */
  headers?: Record<string, string | null>;
  /** The request body; defaults to the operation's first documented request example. */
  body?: Json;
}

/** openapi-fetch's result shape, as every provider client returns it. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

type Send<Client> = (
  client: Client,
  options: { headers: Record<string, string | null>; body: Json | undefined },
) => Promise<RawResult>;

export interface ProviderContract<Client = unknown> {
  provider: ProviderName;
  operations: DocumentedOperation[];
  createClient(mock: MockClientOptions): Client;
  /** Sends `operation` through a client aimed at the mock, or undefined when no driver exists. */
  sender(
    operation: DocumentedOperation,
  ): ((mock: MockClientOptions, options?: SendOptions) => Promise<RawResult>) | undefined;
}

/** The same key for every client: the mock checks for presence, and a real key must never be needed. */
export const TEST_API_KEY = "test-key";

function defineContract<Client>(
  provider: ProviderName,
  createClient: (mock: MockClientOptions) => Client,
  drivers: Record<string, Send<Client>>,
): ProviderContract<Client> {
  const operations = documentedOperations(loadDocument(provider));
  return {
    provider,
    operations,
    createClient,
    sender(operation) {
      const drive = drivers[operation.key];
      if (!drive) return undefined;
      return (mock, options = {}) =>
        drive(createClient(mock), {
          headers: options.headers ?? {},
          body: options.body ?? operation.requestExamples[0]?.value,
        });
    },
  };
}

// Retries are the transport's business, tested elsewhere; here every mock answer must reach the test as it is.
const common = { apiKey: TEST_API_KEY, maxRetries: 0, timeout: 10_000 };

/** A task id in the format the path parameter requires (uuid). */
const SAMPLE_TASK_ID = "046b6c7f-0b8a-43b9-b35d-6489e6daee91";

export const flamelContract = defineContract<FlamelClient>(
  "flamel",
  (mock) => createFlamelClient({ ...common, ...mock }),
  {
    // No documented request example: any image URL.
    "POST /api/images/imageToPrompt": (client, { headers, body }) =>
      client.POST("/api/images/imageToPrompt", {
        body: (body ?? { image: "https://example.com/cat.png" }) as never,
        headers,
      }),
    "POST /api/images/create": (client, { headers, body }) =>
      client.POST("/api/images/create", { body: body as never, headers }),
  },
);

export const freepikContract = defineContract<FreepikClient>(
  "freepik",
  (mock) => createFreepikClient({ ...common, ...mock }),
  {
    "GET /v1/ai/image-to-prompt": (client, { headers }) => client.GET("/v1/ai/image-to-prompt", { headers }),
    "POST /v1/ai/image-to-prompt": (client, { headers, body }) =>
      client.POST("/v1/ai/image-to-prompt", { body: body as never, headers }),
    "GET /v1/ai/image-to-prompt/{task-id}": (client, { headers }) =>
      client.GET("/v1/ai/image-to-prompt/{task-id}", { params: { path: { "task-id": SAMPLE_TASK_ID } }, headers }),
  },
);

export const novitaContract = defineContract<NovitaClient>(
  "novita",
  (mock) => createNovitaClient({ ...common, ...mock }),
  {
    "POST /v3/img2prompt": (client, { headers, body }) =>
      client.POST("/v3/img2prompt", { body: body as never, headers }),
  },
);

export const CONTRACTS: ProviderContract[] = [flamelContract, freepikContract, novitaContract] as ProviderContract[];
