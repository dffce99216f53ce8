// describe_image: the cross-provider tool. It calls image-to-prompt's describeImage, so the
// fallback order and the rule that never retries a provider that may have charged are that
// package's; the tool reports the prompt, the provider that answered, and every attempt.
import {
  AllProvidersFailedError,
  type Attempt,
  type DescribeImageOptions,
  describeImage,
  type ImagePrompt,
  type ProviderOptions,
  providerNames,
} from "@image-sdk/image-to-prompt/node";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { errorFields, errorResult, jsonResult } from "../tool-results.ts";

export const DESCRIBE_IMAGE = "describe_image";

/** The providers describe_image can ask, of those selected. */
export const describableProviders = (selected: readonly string[] | undefined) =>
  providerNames.filter((name) => selected === undefined || selected.includes(name));

export function describeImageTool(providers: readonly string[]) {
  return {
    name: DESCRIBE_IMAGE,
    description:
      "Describe an image as a text prompt, with the first provider that answers (a provider that may have charged is never asked again). Give exactly one of path, url or base64.",
    inputSchema: {
      type: "object" as const,
      properties: {
        path: { type: "string", description: "A local image file." },
        url: { type: "string", description: "An http(s) or data: URL of the image." },
        base64: { type: "string", description: "The image's bytes, base64-encoded." },
        provider: { type: "string", enum: [...providers], description: "The one provider to ask." },
        providers: {
          type: "array",
          items: { type: "string", enum: [...providers] },
          description: `Providers to ask in order until one answers (default: ${providers.join(", ")}).`,
        },
      },
    },
  };
}

const attemptJson = ({ error, ...attempt }: Attempt) => ({
  ...attempt,
  ...(error === undefined ? {} : { error: errorFields(error) }),
});

function imageOf(args: Record<string, unknown>): string | Uint8Array {
  const given = (["path", "url", "base64"] as const).filter((key) => typeof args[key] === "string");
  if (given.length !== 1) {
    throw new TypeError(`describe_image takes exactly one of path, url or base64; got ${given.join(", ") || "none"}`);
  }
  const key = given[0]!;
  const value = args[key] as string;
  if (key === "base64") return new Uint8Array(Buffer.from(value, "base64"));
  if (key === "url" && !/^(https?|data):/i.test(value))
    throw new TypeError(`url must be http(s) or data:, not "${value}"`);
  return value;
}

export async function callDescribeImage(
  args: Record<string, unknown>,
  allowed: readonly string[],
  options: ProviderOptions,
  signal: AbortSignal,
): Promise<CallToolResult> {
  const requested = [
    ...(typeof args.provider === "string" ? [args.provider] : []),
    ...(Array.isArray(args.providers) ? args.providers : []),
  ];
  const unknown = requested.find((name) => !allowed.includes(String(name)));
  if (unknown !== undefined) {
    return errorResult(new TypeError(`unknown provider "${String(unknown)}"; expected one of ${allowed.join(", ")}`));
  }
  let image: string | Uint8Array;
  try {
    image = imageOf(args);
  } catch (error) {
    return errorResult(error);
  }
  const describeOptions: DescribeImageOptions = {
    ...options,
    signal,
    ...(typeof args.provider === "string"
      ? { provider: args.provider as ImagePrompt["provider"] }
      : { providers: (requested.length > 0 ? requested : allowed) as ImagePrompt["provider"][] }),
  };
  try {
    const { raw: _raw, attempts, ...result } = await describeImage(image, describeOptions);
    return jsonResult({ ...result, attempts: attempts.map(attemptJson) });
  } catch (error) {
    const attempts = error instanceof AllProvidersFailedError ? error.attempts.map(attemptJson) : [];
    return errorResult(error, { attempts });
  }
}
