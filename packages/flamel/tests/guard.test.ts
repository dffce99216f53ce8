// isFlamelApiError against the suite every provider's error guard passes (test-support's guard contract).
import { guardContract } from "@image-sdk/test-support/guard-contract";
import { ApiError, createFlamelClient, isApiError, isFlamelApiError } from "../src/index.ts";

guardContract({
  name: "isFlamelApiError",
  guard: isFlamelApiError,
  ApiError,
  isApiError,
  call: (baseUrl) =>
    createFlamelClient({ apiKey: "guard-test-key", maxRetries: 0, baseUrl }).imageToPrompt("https://example.com/a.png"),
  answer: { status: 403, body: { success: false, code: 403, data: "not_enough_credit" }, code: "not_enough_credit" },
});
