// Providers come from the repository model (a provider is data); the adapters are the code that knows
// how each package's helper is called. Every provider whose bundled document has an image-to-prompt
// operation must have an adapter, and every adapter a provider: a new provider fails here until then.

import { expect, it } from "vitest";
import { listProviders, readProviderDocument } from "../../../scripts/repo/providers.ts";
import { providerNames } from "../src/index.ts";

const imageToPrompt = /image.?to.?prompt|img2prompt/i;

async function providersWithImageToPrompt(): Promise<string[]> {
  const found: string[] = [];
  for (const provider of listProviders()) {
    const document = (await readProviderDocument(provider)) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.values(item).map((operation) => `${path} ${operation?.operationId ?? ""}`),
    );
    if (operations.some((operation) => imageToPrompt.test(operation))) found.push(provider.name);
  }
  return found;
}

it("has an adapter for exactly the providers whose documents have an image-to-prompt operation", async () => {
  expect([...providerNames].sort()).toEqual(await providersWithImageToPrompt());
});
