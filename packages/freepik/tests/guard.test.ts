// isFreepikApiError against the suite every provider's error guard passes (test-support's guard contract).
import { guardContract } from "@image-sdk/test-support/guard-contract";
import { ApiError, createFreepikClient, isApiError, isFreepikApiError } from "../src/index.ts";

guardContract({
  name: "isFreepikApiError",
  guard: isFreepikApiError,
  ApiError,
  isApiError,
  call: (baseUrl) =>
    createFreepikClient({ apiKey: "guard-test-key", maxRetries: 0, baseUrl }).imageToPrompt(
      "https://example.com/a.png",
    ),
  answer: { status: 401, body: { message: "Invalid API key" }, code: "Invalid API key" },
});
