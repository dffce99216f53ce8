// Runs in Chromium, bundled by support/bundle-page.ts from the packages' published entries.
import { createBflClient } from "@image-sdk/bfl";
import { createFlamelClient } from "@image-sdk/flamel";
import { createFreepikClient } from "@image-sdk/freepik";
import { ApiError, createNovitaClient } from "@image-sdk/novita";
import { createReplicateClient } from "@image-sdk/replicate";
import type { PageParameters, PageResults, ThrownError } from "./page-results.ts";

const query = new URLSearchParams(location.search);
const parameter = (name: keyof PageParameters): string => {
  const value = query.get(name);
  if (value === null) throw new Error(`page opened without ?${name}=`);
  return value;
};

function thrown(error: unknown): ThrownError {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error), isApiError: false };
  const result: ThrownError = { name: error.name, message: error.message, isApiError: error instanceof ApiError };
  if (error instanceof ApiError) {
    result.status = error.status;
    if (error.code !== undefined) result.code = error.code;
  }
  return result;
}

async function failure(run: () => unknown): Promise<ThrownError | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return thrown(error);
  }
}

async function run(): Promise<PageResults> {
  const baseUrl = parameter("api");
  // A real Blob, fetched from the page's origin, as a file input or canvas would give one.
  const image = await (await fetch("/image.png")).blob();
  // A test page on loopback: the keys are the mock's, so a page may hold them.
  const dangerouslyAllowBrowser = true;
  const withCredit = createNovitaClient({ apiKey: parameter("keyWithCredit"), baseUrl, dangerouslyAllowBrowser });
  const withoutCredit = createNovitaClient({ apiKey: parameter("keyWithoutCredit"), baseUrl, dangerouslyAllowBrowser });
  return {
    prompt: await withCredit.imageToPrompt(image),
    noCredit: await failure(() => withoutCredit.imageToPrompt(image)),
    // A missing key is reported when an operation needs it, before anything is sent.
    noKey: await failure(() => createNovitaClient({ baseUrl }).imageToPrompt(image)),
    secretInBrowser: await failure(() => createNovitaClient({ apiKey: parameter("keyWithCredit"), baseUrl })),
    otherClients: [
      createBflClient({ apiKey: "unused", baseUrl, dangerouslyAllowBrowser }),
      createFlamelClient({ apiKey: "unused", baseUrl, dangerouslyAllowBrowser }),
      createFreepikClient({ apiKey: "unused", baseUrl, dangerouslyAllowBrowser }),
      createReplicateClient({ apiKey: "unused", baseUrl, dangerouslyAllowBrowser }),
    ].map((client) => typeof client.POST),
  };
}

(globalThis as { pageResults?: Promise<PageResults> }).pageResults = run();
