// isNovitaApiError against the suite every provider's error guard passes (test-support's guard contract).
import { guardContract } from "@image-sdk/test-support/guard-contract";
import { ApiError, createNovitaClient, isApiError, isNovitaApiError } from "../src/index.ts";

guardContract({
  name: "isNovitaApiError",
  guard: isNovitaApiError,
  ApiError,
  isApiError,
  call: (baseUrl) =>
    createNovitaClient({ apiKey: "guard-test-key", maxRetries: 0, baseUrl }).imageToPrompt(new Uint8Array([1, 2, 3])),
  answer: {
    status: 400,
    body: { code: 400, reason: "INVALID_IMAGE_FORMAT", message: "bad" },
    code: "INVALID_IMAGE_FORMAT",
  },
});
