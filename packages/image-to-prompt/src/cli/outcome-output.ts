// How each image's outcome is printed: a JSON line (--json), or a line of text.
import { AllProvidersFailedError } from "../all-providers-failed-error.ts";
import type { Attempt } from "../attempt.ts";
import type { Outcome } from "./describe-batch.ts";

function errorJson(error: unknown) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { status, code } = error as { status?: unknown; code?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof status === "number" ? { status } : {}),
    ...(typeof code === "string" ? { code } : {}),
  };
}

const attemptJson = ({ error, ...attempt }: Attempt) => ({
  ...attempt,
  ...(error === undefined ? {} : { error: errorJson(error) }),
});

/** One line of JSON: the image, `ok`, the result's fields or the error, and every attempt. */
export function outcomeJson({ image, result, error }: Outcome): string {
  if (result) {
    const { raw: _raw, attempts, ...fields } = result;
    return JSON.stringify({ image, ok: true, ...fields, attempts: attempts.map(attemptJson) });
  }
  const attempts = error instanceof AllProvidersFailedError ? error.attempts : [];
  return JSON.stringify({ image, ok: false, error: errorJson(error), attempts: attempts.map(attemptJson) });
}

/** `image (provider): prompt`, or why it failed: the image, then each provider asked and its reason. */
export function outcomeText({ image, result, error }: Outcome): string {
  if (result) return `${image} (${result.provider}): ${result.prompt}`;
  // That message starts with the image already.
  if (error instanceof AllProvidersFailedError) return error.message;
  return `${image}: ${error instanceof Error ? error.message : String(error)}`;
}
