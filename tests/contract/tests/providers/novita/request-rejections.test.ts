// Novita requests that break its contract are rejected, as typed errors.
import { describe } from "vitest";
import calls from "../../../generated/novita.ts";
import { missingKey, type RejectedCase, rejectsEveryCase } from "../../../src/expect-rejected.ts";

const rejectedCases: RejectedCase[] = [
  {
    operation: "POST /v3/img2prompt",
    name: "without the required image_file field",
    input: { body: {} },
    violations: [
      {
        location: ["request", "body"],
        code: "required",
        message: "Request body must have required property 'image_file'",
      },
    ],
  },
  {
    operation: "POST /v3/img2prompt",
    name: "with an empty image_file",
    input: { body: { image_file: "" } },
    violations: [{ location: ["request", "body", "image_file"], code: "minLength" }],
  },
  {
    operation: "POST /v3/img2prompt",
    name: "with an image_file that is not base64",
    input: { body: { image_file: "not base64!" } },
    violations: [{ location: ["request", "body", "image_file"], code: "format" }],
  },
  {
    operation: "POST /v3/img2prompt",
    name: "without an API key",
    input: {},
    withoutHeaders: ["Authorization"],
    violations: [missingKey],
  },
];

describe("novita: requests that break the contract are rejected, as typed errors", () => {
  rejectsEveryCase(calls, rejectedCases);
});
