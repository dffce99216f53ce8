// Providers come from the repository model (a provider is data); the adapters are the code that knows
// how each package's helper is called. Every provider whose bundled document has an image-to-prompt
// operation must have an adapter, and every adapter a provider: a new provider fails here, saying
// what to add, until then. An image-to-prompt operation is found by what the document calls it
// (path, operationId or summary): "image to prompt", "img2prompt", "describe", "caption".

import { expect, it } from "vitest";
import { operationMethods } from "../../../scripts/repo/operation-methods.ts";
import { listProviders, readProviderDocument } from "../../../scripts/repo/providers.ts";
import { providerNames } from "../src/index.ts";

const imageToPrompt = /image.?to.?prompt|img2prompt|\bdescribe|caption/i;

type Operation = { operationId?: unknown; summary?: unknown };

/** Provider → the image-to-prompt operations of its document (`POST /describe`). */
async function providersWithImageToPrompt(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const provider of listProviders()) {
    const document = (await readProviderDocument(provider)) as { paths?: Record<string, Record<string, Operation>> };
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      operationMethods
        .filter((method) => item[method] !== undefined)
        .filter((method) => {
          const { operationId, summary } = item[method] ?? {};
          return imageToPrompt.test([path, operationId, summary].filter((text) => typeof text === "string").join(" "));
        })
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    if (operations.length) found.set(provider.name, operations);
  }
  return found;
}

it("has an adapter for exactly the providers whose documents have an image-to-prompt operation", async () => {
  const documented = await providersWithImageToPrompt();
  const missing = [...documented].filter(([name]) => !(providerNames as string[]).includes(name));
  const instructions = missing.map(
    ([name, operations]) =>
      `${name} documents ${operations.join(", ")} but describeImage() has no adapter for it: add ` +
      `packages/image-to-prompt/src/providers/${name}.ts (a ProviderAdapter calling the package's helper), ` +
      "list it in src/providers/index.ts, and give it a loopback stand-in in tests/fallback.test.ts",
  );
  expect(instructions).toEqual([]);
  expect([...providerNames].sort()).toEqual([...documented.keys()].sort());
});
